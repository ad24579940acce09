package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.grokking.model.SmoothnessInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in exact least-squares instances {@code g = ||X a - y||^2/2} of the TDR general theory.
 *
 * <p>Spec: {@code TDR:lem-C.4}, {@code TDR:def-C.3}.
 */
public final class RationalLeastSquaresFamilies {

  private RationalLeastSquaresFamilies() {}

  /** A rational {@code k/d}, {@code k in [-bound d, bound d]}, {@code d in [1, 8]}. */
  static BigRational rational(Draws draws, int bound) {
    long d = draws.between(1, 8);
    return BigRational.of(draws.between(-bound * d, bound * d), d);
  }

  /**
   * {@code N, p in [1, 5]}, integer entries of X in [-3, 3] with {@code X_00 != 0} (so
   * {@code Hess g != 0}), rational y and rational points x, z with entries in [-5, 5].
   */
  public static InstanceFamily<SmoothnessInstance> smoothness() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "N, p <= 5, X integer in [-3, 3] with X_00 != 0, y, x, z rational in [-5, 5]";
      }

      @Override
      public SmoothnessInstance draw(Draws draws) {
        int n = draws.intBetween(1, 5);
        int p = draws.intBetween(1, 5);
        BigRational[][] x = new BigRational[n][p];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < p; j++) {
            x[i][j] = BigRational.of(draws.between(-3, 3));
          }
        }
        x[0][0] = BigRational.of(draws.coin() ? draws.between(1, 3) : -draws.between(1, 3));
        BigRational[] y = new BigRational[n];
        for (int i = 0; i < n; i++) {
          y[i] = rational(draws, 5);
        }
        BigRational[] a = new BigRational[p];
        BigRational[] b = new BigRational[p];
        for (int j = 0; j < p; j++) {
          a[j] = rational(draws, 5);
          b[j] = rational(draws, 5);
        }
        return new SmoothnessInstance(new RationalLeastSquares(RationalMatrix.of(x), y), a, b);
      }
    };
  }
}
