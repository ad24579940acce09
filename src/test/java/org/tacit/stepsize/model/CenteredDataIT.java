package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * NRSS Remark 5.2: with mu = 0 the lambda_max-minimizing interpolator does not approximately
 * minimize the l1 norm. Section 7 generator at d = 40, N = 20 (r* = 5, sigma^2 = 5), three seeds
 * each for mu = 0 and mu = 5: every mu = 5 ratio ||beta~||_1 / min ||beta||_1 is within Lemma
 * 5.1's factor (1 + sigma^2/mu^2) 1.1 = 1.32, every mu = 0 ratio exceeds it. beta~ by cutting
 * planes ({@link MinimalLambdaMax}) to a relative gap of at most 1e-3 (asserted; the l1 ratios
 * differ by far more than such a gap could move them in these runs, but that is measured, not
 * proved). At d = 200, N = 100 the cutting planes stall for mu = 0 (gap ~10% after 100 rounds), so
 * that size is not used.
 */
class CenteredDataIT {

  @Test
  @Verifies("NRSS:rem-5.2")
  void centredDataLoseTheLOneApproximation() {
    double factor = (1 + 5.0 / 25.0) * 1.1;
    for (double mu : new double[] {0, 5}) {
      for (long seed = 1; seed <= 3; seed++) {
        RegressionData data = new SectionSevenData(40, 20, 5, mu, 5.0, 0.01).sample(seed).data();
        MinimalLambdaMax minimal = MinimalLambdaMax.solve(data, 1e-6, 100);
        double gap = (minimal.upper() - minimal.lower()) / minimal.upper();
        double[] beta = minimal.minimizer();
        double[] ones = new double[beta.length];
        java.util.Arrays.fill(ones, 1);
        double ratio = Interpolators.weightedL1(beta, ones)
            / Interpolators.weightedL1(Interpolators.minimumL1(data), ones);
        System.out.printf("[tacit] NRSS:rem-5.2 mu=%g seed %d: ||beta~||_1 / min ||beta||_1 = %.4f"
            + " (cutting-plane gap %.1e)%n", mu, seed, ratio, gap);
        assertThat(gap).isLessThanOrEqualTo(1e-3);
        if (mu == 0) {
          assertThat(ratio).isGreaterThan(factor);
        } else {
          assertThat(ratio).isLessThanOrEqualTo(factor);
        }
      }
    }
  }
}
