package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * TDR Figure 9 at tiny scale (n = 20, s = 2, N in {6, 14}, 3000 steps): without regularization the
 * shallow model (L = 1, started near 0) stays near the minimum-norm interpolant, which cannot
 * recover a sparse a* from N < n measurements, while depth 2 recovers much better at the same N:
 * the figure's claim "the error decreases with L; L = 1 cannot recover", as a trend.
 */
class TdrFigureNineExperimentTest {

  @Test
  @Verifies("TDR:fig-9")
  @Verifies("TDR:rem-3.5.1")
  void depthTwoRecoversBetterThanTheShallowModel() {
    ResultTable table = SweepRunner.run(new TdrFigureNineExperiment(), ExperimentScale.TINY, 0, 1,
        1, new PrintWriter(new StringWriter()));
    double[] depth = table.column("L");
    double[] samples = table.column("N");
    double[] error = table.column("recoveryError");
    double[] training = table.column("trainingError");
    for (int shallow = 0; shallow < depth.length; shallow++) {
      if (depth[shallow] != 1) {
        continue;
      }
      assertThat(error[shallow]).as("L = 1 recovery error at N = %s", samples[shallow])
          .isGreaterThan(0.3);
      for (int deep = 0; deep < depth.length; deep++) {
        if (depth[deep] == 2 && samples[deep] == samples[shallow]) {
          assertThat(error[deep]).isLessThan(error[shallow] / 5);
          assertThat(training[deep]).isLessThan(0.1);
        }
      }
    }
  }
}
