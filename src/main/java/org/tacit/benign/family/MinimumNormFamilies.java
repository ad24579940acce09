package org.tacit.benign.family;

import org.tacit.benign.model.MinimumNormGradientDescentInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Small integer instances of GD on the plain linear model meeting the hypotheses of
 * {@code ZG:rem-1.1} by construction: {@code n in [2, 3]}, {@code d in [n + 1, n + 3]}; X is
 * {@code [T | R]} with its columns permuted, where T is upper triangular with diagonal entries
 * {@code +-1, +-2, +-3} (so {@code det T != 0} and X has full row rank) and the other entries in
 * {@code [-2, 2]}; y integer in {@code [-3, 3]} with {@code y_0 in [1, 3]} (so {@code y != 0}
 * and {@code beta_l2 != 0}); {@code eta = n / (k trace(X X^T))} with {@code k in {1, 2}} (the
 * step condition holds with equality for k = 1); 3 exact GD steps.
 *
 * <p>Spec: {@code ZG:rem-1.1}.
 */
public final class MinimumNormFamilies {

  private MinimumNormFamilies() {}

  /** The family described above. */
  public static InstanceFamily<MinimumNormGradientDescentInstance> fullRowRank() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "integer X = [T | R] permuted, T upper triangular invertible, n in [2, 3],"
            + " d in [n + 1, n + 3], eta = n / (k trace(X X^T)), k in {1, 2}, 3 steps";
      }

      @Override
      public MinimumNormGradientDescentInstance draw(Draws draws) {
        int n = draws.intBetween(2, 3);
        int d = draws.intBetween(n + 1, n + 3);
        int[] order = draws.permutation(d);
        long[][] x = new long[n][d];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            long value = 0;
            if (j == i) {
              value = draws.intBetween(1, 3) * (draws.coin() ? 1 : -1);
            } else if (j > i) {
              value = draws.between(-2, 2);
            }
            x[i][order[j]] = value;
          }
        }
        BigRational[] y = new BigRational[n];
        y[0] = BigRational.of(draws.between(1, 3));
        for (int i = 1; i < n; i++) {
          y[i] = BigRational.of(draws.between(-3, 3));
        }
        return instance(RationalMatrix.of(x), y, draws.intBetween(1, 2), 3);
      }
    };
  }

  /**
   * The instance with {@code eta = n / (k trace(X X^T))} for the given design, responses and k.
   */
  public static MinimumNormGradientDescentInstance instance(RationalMatrix x, BigRational[] y,
      int k, int steps) {
    BigRational trace = BigRational.ZERO;
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < x.cols(); j++) {
        trace = trace.add(x.get(i, j).multiply(x.get(i, j)));
      }
    }
    BigRational eta = BigRational.of(x.rows()).divide(trace.multiply(BigRational.of(k)));
    return new MinimumNormGradientDescentInstance(x, y, eta, steps);
  }
}
