package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.SymmetricDefiniteness;
import org.tacit.exact.RationalMatrix;
import org.tacit.linalg.SymmetricEigen;

/**
 * Certified rational bounds of the extreme eigenvalues of a symmetric rational matrix {@code M},
 * decided exactly: a lower bound {@code mu} is certified by the positive semidefiniteness of
 * {@code M - mu I}, an upper bound {@code L} by that of {@code L I - M}, each decided by exact
 * symmetric elimination ({@link #isPositiveSemidefinite}). The candidates come from the
 * double-precision eigenvalues ({@link SymmetricEigen#eigenvalues}), moved outward by a relative
 * {@link TdrTolerances#SPECTRAL_CANDIDATE_MARGIN} and then halved (lower) or doubled (upper) until
 * certified, so the result is valid whatever the floating-point error.
 *
 * <p>Used for the Chatterjee-Lojasiewicz constant of a least-squares loss
 * ({@code chi(g, x, r) >= 2 lambda_min(X X^T)}, {@code TDR:eq-2}), the PL constant
 * ({@code TDR:def-C.23}) and smoothness constants ({@code TDR:def-C.3}). Cost: O(n^3) exact
 * operations per certification attempt.
 */
public final class CertifiedSpectrum {

  private CertifiedSpectrum() {}

  /**
   * Whether the symmetric matrix {@code m} is positive semidefinite, decided exactly by symmetric
   * Gaussian elimination without pivoting: a negative pivot, or a zero pivot whose column is not
   * zero below it, proves {@code m} is not PSD (a negative 1x1 or 2x2 principal minor of a
   * congruent matrix); otherwise {@code m = L D L^T} with {@code D >= 0}.
   */
  public static boolean isPositiveSemidefinite(RationalMatrix m) {
    return SymmetricDefiniteness.isPositiveSemidefinite(m);
  }

  /** {@code m - shift I}. */
  public static RationalMatrix shifted(RationalMatrix m, BigRational shift) {
    BigRational[][] a = m.toArray();
    for (int i = 0; i < a.length; i++) {
      a[i][i] = a[i][i].subtract(shift);
    }
    return RationalMatrix.of(a);
  }

  /** {@code shift I - m}. */
  public static RationalMatrix complement(RationalMatrix m, BigRational shift) {
    BigRational[][] a = m.toArray();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        a[i][j] = (i == j ? shift : BigRational.ZERO).subtract(a[i][j]);
      }
    }
    return RationalMatrix.of(a);
  }

  /**
   * A rational {@code mu > 0} with {@code M - mu I} PSD (so {@code mu <= lambda_min(M)}), for a
   * symmetric positive definite {@code M}.
   *
   * @throws IllegalArgumentException if {@code M} is not positive definite (no candidate
   *     {@code mu >= 2^-60 lambda} certifies)
   */
  public static BigRational lambdaMinLowerBound(RationalMatrix m) {
    double[] eigenvalues = SymmetricEigen.eigenvalues(m.toDoubleRowMajor(), m.rows());
    double smallest = eigenvalues[0];
    if (!(smallest > 0)) {
      throw new IllegalArgumentException("matrix is not positive definite: lambda_min ~ "
          + smallest);
    }
    BigRational mu = BigRational.valueOf(smallest * (1 - TdrTolerances.SPECTRAL_CANDIDATE_MARGIN));
    for (int attempt = 0; attempt < 60; attempt++) {
      if (isPositiveSemidefinite(shifted(m, mu))) {
        return mu;
      }
      mu = mu.divide(BigRational.TWO);
    }
    throw new IllegalArgumentException("could not certify a positive lower bound of lambda_min");
  }

  /** A rational {@code L >= lambda_max(M)} ({@code L I - M} PSD), for a symmetric {@code M}. */
  public static BigRational lambdaMaxUpperBound(RationalMatrix m) {
    double[] eigenvalues = SymmetricEigen.eigenvalues(m.toDoubleRowMajor(), m.rows());
    double largest = Math.abs(eigenvalues[eigenvalues.length - 1]);
    BigRational candidate = BigRational.valueOf(
        largest * (1 + TdrTolerances.SPECTRAL_CANDIDATE_MARGIN) + Double.MIN_NORMAL);
    while (!isPositiveSemidefinite(complement(m, candidate))) {
      candidate = candidate.multiply(BigRational.TWO);
    }
    return candidate;
  }
}
