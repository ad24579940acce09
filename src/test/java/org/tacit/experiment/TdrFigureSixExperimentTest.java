package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * tdr-fig6 at tiny scale: every run memorizes and generalizes (thresholds 5e-2 above the
 * plateaus) and the delay scales as 1/(alpha beta): (t2 - t1) alpha beta agrees across the three
 * runs within 5% (alpha beta spans a factor 3.3), and the log-log slope of t2 - t1 against
 * alpha beta is -1 within 0.05. The tolerances are on a measured trend, not on rounding: the
 * delays are integers of order 1e2 to 1e3 (discretization 1%), plus the O(1) warm-up t1.
 */
class TdrFigureSixExperimentTest {

  @Test
  @Verifies("TDR:fig-6")
  void delayScalesAsInverseAlphaBeta() {
    ResultTable table = SweepRunner.run(new TdrFigureSixExperiment(), ExperimentScale.TINY, 0, 1,
        1, new PrintWriter(new StringWriter()));
    double[] t1 = table.column("t1");
    double[] t2 = table.column("t2");
    double[] delay = table.column("delayTimesAlphaBeta");
    for (int i = 0; i < t1.length; i++) {
      assertThat(t1[i]).isGreaterThanOrEqualTo(0);
      assertThat(t2[i]).isGreaterThan(t1[i]);
      assertThat(delay[i] / delay[0]).isBetween(0.95, 1.05);
    }
    assertThat(TdrFigureSixExperiment.delaySlope(table)).isBetween(-1.05, -0.95);
  }
}
