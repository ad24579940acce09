package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * tdr-fig5 at tiny scale (5 x 5, r = 1, N = 18, alpha = 0.1, beta = 3e-3): the instance passed the
 * convex precheck; the training error drops below 1e-2 long before the test error does; at the
 * end the test error is below 1e-2 (a tenth of its value when the training error first fell below
 * 1e-2) and ||A||_* is within 1% of ||A*||_* = 1 (the rank-1 A* has ||A*||_F = 1). The bounds are
 * trend assertions with room over the measured values (final test error 5.6e-3, the Theta(beta)
 * plateau; ||A||_* / ||A*||_* = 0.996; the test error when memorized 0.40).
 */
class TdrFigureFiveExperimentTest {

  @Test
  @Verifies("TDR:fig-5")
  void memorizesThenGeneralizes() {
    ResultTable table = SweepRunner.run(new TdrFigureFiveExperiment(), ExperimentScale.TINY, 0, 1,
        1, new PrintWriter(new StringWriter()));
    double[] train = table.column("trainError");
    double[] test = table.column("testError");
    double[] nuclear = table.column("nuclearNorm");
    double[] star = table.column("nuclearNormStar");
    int memorized = -1;
    for (int i = 0; i < train.length && memorized < 0; i++) {
      if (train[i] < 1e-2) {
        memorized = i;
      }
    }
    assertThat(memorized).isPositive();
    int last = train.length - 1;
    assertThat(test[memorized]).isGreaterThan(0.1);
    assertThat(test[last]).isLessThan(Math.min(1e-2, test[memorized] / 10));
    assertThat(nuclear[last] / star[last]).isBetween(0.99, 1.01);
  }
}
