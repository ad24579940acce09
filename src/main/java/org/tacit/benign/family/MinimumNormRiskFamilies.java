package org.tacit.benign.family;

import org.tacit.benign.model.MinimumNormRiskInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Noisy sparse regression instances for {@code ZG:rem-1.2}, meeting its hypotheses by
 * construction: {@code n in [3, 8]}, {@code d in [2n, 4n]}; X has standard Gaussian entries
 * except that its first n columns form an upper triangular block with diagonal entries
 * {@code +-1, +-2, +-3} (invertible, so X has full row rank); {@code beta*} is s-sparse,
 * {@code s in [1, 3]}, entries {@code +-1/sqrt s} on random coordinates ({@code ||beta*|| = 1},
 * as in the paper's experiments); {@code xi ~ N(0, sigma^2)} with {@code sigma = 0.1}.
 *
 * <p>Spec: {@code ZG:rem-1.2}.
 */
public final class MinimumNormRiskFamilies {

  private MinimumNormRiskFamilies() {}

  /** The family described above. */
  public static InstanceFamily<MinimumNormRiskInstance> sparseTarget() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "n in [3, 8], d in [2n, 4n], X = [T | G] (T upper triangular invertible),"
            + " s-sparse unit beta*, sigma = 0.1";
      }

      @Override
      public MinimumNormRiskInstance draw(Draws draws) {
        int n = draws.intBetween(3, 8);
        int d = draws.intBetween(2 * n, 4 * n);
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            if (j == i) {
              x[i * d + j] = draws.intBetween(1, 3) * (draws.coin() ? 1.0 : -1.0);
            } else if (j > i || j >= n) {
              x[i * d + j] = draws.gaussian();
            }
          }
        }
        int s = draws.intBetween(1, 3);
        int[] order = draws.permutation(d);
        double[] betaStar = new double[d];
        for (int k = 0; k < s; k++) {
          betaStar[order[k]] = (draws.coin() ? 1.0 : -1.0) / Math.sqrt(s);
        }
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
          noise[i] = 0.1 * draws.gaussian();
        }
        return new MinimumNormRiskInstance(x, n, d, betaStar, noise);
      }
    };
  }
}
