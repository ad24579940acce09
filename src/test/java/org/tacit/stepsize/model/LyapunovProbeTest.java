package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * Definition 2.2 probed both ways ({@link LyapunovProbe}) at depth-2 interpolating solutions of
 * Section 7 data (d = 10, N = 5, three seeds), built from the minimum-l2 interpolator with slack
 * 1/2: with eta = 0.9 (2 / lambda_max) a start delta = 1e-6 away along the top eigenvector stays
 * within 2 delta for 2000 steps (the linearization contracts or keeps every component; the factor 2
 * leaves room for the O(delta^2) nonlinearity), and with eta = 1.1 (2 / lambda_max) it leaves
 * ({@code |1 - eta lambda| = 1.2} per step: beyond 1e3 delta well within 2000 steps).
 */
class LyapunovProbeTest {

  @Test
  @Verifies("NRSS:def-2.2")
  @Verifies("NRSS:lem-2.3")
  void stableBelowTwoOverLambdaAndUnstableAbove() {
    DepthDiagonalModel model = new DepthDiagonalModel(2);
    for (long seed = 1; seed <= 3; seed++) {
      RegressionData data = new SectionSevenData(10, 5, 2, 5.0, 5.0, 0.0).sample(seed).data();
      double[] beta = Interpolators.minimumL2(data);
      double[] slack = new double[10];
      Arrays.fill(slack, 0.5);
      double[] solution = InterpolatingSolutions.depthWithSlack(beta, 2, slack);
      double delta = 1e-6;
      double lambda = LyapunovProbe.probe(data, model, solution, 0, delta, 0).lambdaMax();
      LyapunovProbe.Result stable =
          LyapunovProbe.probe(data, model, solution, 0.9 * 2 / lambda, delta, 2000);
      LyapunovProbe.Result unstable =
          LyapunovProbe.probe(data, model, solution, 1.1 * 2 / lambda, delta, 2000);
      System.out.printf("[tacit] NRSS:def-2.2 seed %d: lambda_max %.4f; eta 0.9 (2/lambda): max"
          + " deviation %.3e (final %.3e); eta 1.1 (2/lambda): deviation %.3e after %d steps%n",
          seed, lambda, stable.maxDeviation(), stable.finalDeviation(), unstable.maxDeviation(),
          unstable.steps());
      assertThat(stable.steps()).isEqualTo(2000);
      assertThat(stable.maxDeviation()).isLessThanOrEqualTo(2 * delta);
      assertThat(unstable.maxDeviation()).isGreaterThan(1e3 * delta);
    }
  }
}
