package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * LNHW Corollary 1 as a rate: the early-stopped error of Algorithm 1 decreases like {@code 1/n}.
 *
 * <p>Why these bounds: on these designs ({@code X^T X / n = I + O(2e-4)}) the limit of the support
 * iterates is essentially the least-squares fit on the support, whose error
 * {@code ||(X_S^T X_S)^{-1} X_S^T xi||^2} has mean {@code tr((X_S^T X_S)^{-1}) sigma^2 =
 * (sum_{l in S} p_l) sigma^2 / n (1 + O(2e-4))} and is {@code sigma^2/n} times a chi-square with
 * {@code sum p_l = 6} degrees of freedom. The mean over 8 repetitions has relative standard
 * deviation {@code sqrt(2/48) = 0.2}, so the least-squares slope of the log mean error against
 * {@code log n} over {@code n = 32 .. 512} has standard deviation about {@code 0.2/2.2 = 0.09}
 * around -1: the test allows {@code [-1.3, -0.7]}, more than 3 standard deviations. The
 * corollary's bound with the group sizes restored, {@code (sum p_l) sigma^2 log p / n}, is
 * {@code log 12 = 2.5} times that mean; a mean above it would need the chi-square mean of 48
 * degrees of freedom to exceed 2.5 times its expectation (probability below 1e-10).
 */
class LnhwCorollaryOneExperimentTest {

  @Test
  @Verifies("LNHW:cor-1")
  void earlyStoppedErrorDecreasesLikeOneOverN() {
    int sizes = 5;
    int repetitions = 8;
    double[] n = new double[sizes * repetitions];
    double[] best = new double[n.length];
    double[] groupRate = new double[n.length];
    int k = 0;
    for (int size = 32; size <= 512; size *= 2) {
      for (int r = 0; r < repetitions; r++) {
        LnhwCorollaryOneExperiment.Outcome outcome =
            LnhwCorollaryOneExperiment.outcome(size, 7100L + 97L * size + r);
        n[k] = size;
        best[k] = outcome.bestError();
        groupRate[k] = 6 * LnhwCorollaryOneExperiment.SIGMA * LnhwCorollaryOneExperiment.SIGMA
            * Math.log(12) / size;
        k++;
      }
    }
    double[][] means = LnhwCorollaryOneExperiment.means(n, best);
    double[][] rates = LnhwCorollaryOneExperiment.means(n, groupRate);
    assertThat(LnhwCorollaryOneExperiment.slope(means)).isBetween(-1.3, -0.7);
    for (int i = 0; i < sizes; i++) {
      assertThat(means[1][i]).as("n = %s", means[0][i]).isLessThan(rates[1][i]);
    }
  }

  /** The fitted slope of an exact power law is its exponent. */
  @Test
  void slopeOfAPowerLaw() {
    double[][] xy = {{32, 64, 128}, {1.0 / 32, 1.0 / 64, 1.0 / 128}};
    assertThat(LnhwCorollaryOneExperiment.slope(xy))
        .isCloseTo(-1, within(1e-12));
  }
}
