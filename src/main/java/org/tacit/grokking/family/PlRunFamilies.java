package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.CertifiedSpectrum;
import org.tacit.grokking.model.PlRunInstance;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in GD runs for Theorems C.24 and C.25: least squares with a design of full row rank by
 * construction.
 *
 * <p>Spec: {@code TDR:thm-C.25}.
 */
public final class PlRunFamilies {

  private PlRunFamilies() {}

  /**
   * {@code N in [1, 3]}, {@code p in [N, 4]}, {@code X = [D | R]} with D diagonal with entries in
   * {@code +-[1, 3]} and R integer in [-3, 3] (full row rank); rational y and {@code x^(0)}
   * ({@link RationalLeastSquaresFamilies}); {@code alpha = (j/8)(2/L)}, {@code j in [1, 7]}, L a
   * certified upper bound of {@code lambda_max(X^T X)}; {@code T in [3, 12]};
   * {@code s = i/100}, {@code i in [1, 100]}.
   */
  public static InstanceFamily<PlRunInstance> fullRowRank() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "X = [D | R] full row rank, N <= 3, p <= 4, alpha = (j/8)(2/L), T in [3, 12]";
      }

      @Override
      public PlRunInstance draw(Draws draws) {
        int n = draws.intBetween(1, 3);
        int p = draws.intBetween(n, 4);
        BigRational[][] x = new BigRational[n][p];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < p; j++) {
            x[i][j] = j < n ? BigRational.ZERO : BigRational.of(draws.between(-3, 3));
          }
          long d = draws.between(1, 3);
          x[i][i] = BigRational.of(draws.coin() ? d : -d);
        }
        BigRational[] y = new BigRational[n];
        for (int i = 0; i < n; i++) {
          y[i] = RationalLeastSquaresFamilies.rational(draws, 5);
        }
        BigRational[] initial = new BigRational[p];
        for (int j = 0; j < p; j++) {
          initial[j] = RationalLeastSquaresFamilies.rational(draws, 5);
        }
        RationalLeastSquares loss = new RationalLeastSquares(RationalMatrix.of(x), y);
        BigRational l = CertifiedSpectrum.lambdaMaxUpperBound(loss.hessian());
        BigRational alpha = BigRational.of(draws.between(1, 7), 4).divide(l);
        return new PlRunInstance(loss, initial, alpha, draws.intBetween(3, 12),
            BigRational.of(draws.between(1, 100), 100));
      }
    };
  }
}
