package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.SymmetricDefiniteness;
import org.tacit.exact.RationalMatrix;

/**
 * Exact decisions about the spectrum of a symmetric rational matrix, by symmetric Gaussian
 * elimination without pivoting: a symmetric matrix is positive definite iff every pivot is
 * positive (equivalently every leading principal minor is, Sylvester's criterion). Used to decide
 * step-size hypotheses such as {@code alpha sigma_max(X^T X) < 2} exactly:
 * {@code sigma_max(X X^T) < c} iff {@code c I - X X^T} is positive definite.
 *
 * <p>Contract: the argument must be square and symmetric (checked). O(m^3) rational operations.
 *
 * <p>Spec: the step-size hypotheses of {@code TDR:thm-3.1} and {@code TDR:thm-3.6}.
 */
public final class ExactDefiniteness {

  private ExactDefiniteness() {}

  /** Whether the symmetric matrix {@code m} is positive definite. */
  public static boolean isPositiveDefinite(RationalMatrix m) {
    return SymmetricDefiniteness.isPositiveDefinite(m);
  }

  /** Whether {@code lambda_max(m) < bound} for a symmetric {@code m}: {@code bound I - m > 0}. */
  public static boolean largestEigenvalueBelow(RationalMatrix m, BigRational bound) {
    RationalMatrix shifted = RationalMatrix.identity(m.rows());
    BigRational[][] s = shifted.toArray();
    BigRational[][] a = m.toArray();
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < s.length; j++) {
        s[i][j] = (i == j ? bound : BigRational.ZERO).subtract(a[i][j]);
      }
    }
    return isPositiveDefinite(RationalMatrix.of(s));
  }
}
