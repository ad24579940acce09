package org.tacit.exact;

/**
 * Exact definiteness of symmetric rational matrices, by symmetric Gaussian elimination without
 * pivoting ({@code m = L D L^T}): positive definite iff every pivot is positive (Sylvester's
 * criterion); positive semidefinite iff no pivot is negative and every zero pivot has a zero
 * column below it (a PSD matrix with a zero diagonal entry has that row and column zero, and a
 * nonzero entry beside a zero pivot gives a negative 2 x 2 principal minor of a congruent matrix).
 * Also the exact Rayleigh quotient.
 *
 * <p>Contract: the arguments are not modified; the matrices must be square (symmetry is the
 * caller's precondition for the arrays, checked for {@link RationalMatrix}). Exact, no tolerance.
 * Cost: O(k^3) rational operations for a k x k matrix.
 *
 * <p>Spec: no paper item (shared by the exact RIP certificates of {@code ZG:def-2.1} and
 * {@code TDR:def-G.1}, the spectral certificates of {@code TDR:thm-C.25}, and the step-size
 * hypotheses of {@code TDR:thm-3.1}).
 */
public final class SymmetricDefiniteness {

  private SymmetricDefiniteness() {}

  /** Whether the symmetric {@code m} is positive semidefinite. */
  public static boolean isPositiveSemidefinite(BigRational[][] m) {
    return eliminate(copy(m), false);
  }

  /** Whether the symmetric {@code m} is positive definite. */
  public static boolean isPositiveDefinite(BigRational[][] m) {
    return eliminate(copy(m), true);
  }

  /**
   * Whether {@code m} is positive semidefinite.
   *
   * @throws IllegalArgumentException if {@code m} is not square and symmetric
   */
  public static boolean isPositiveSemidefinite(RationalMatrix m) {
    return eliminate(symmetricEntries(m), false);
  }

  /**
   * Whether {@code m} is positive definite.
   *
   * @throws IllegalArgumentException if {@code m} is not square and symmetric
   */
  public static boolean isPositiveDefinite(RationalMatrix m) {
    return eliminate(symmetricEntries(m), true);
  }

  /** {@code v^T m v / v^T v} exactly, for a nonzero {@code v}. O(nnz(v)^2). */
  public static BigRational rayleighQuotient(BigRational[][] m, BigRational[] v) {
    BigRational numerator = BigRational.ZERO;
    BigRational norm = BigRational.ZERO;
    for (int i = 0; i < v.length; i++) {
      if (v[i].isZero()) {
        continue;
      }
      norm = norm.add(v[i].pow(2));
      for (int j = 0; j < v.length; j++) {
        if (!v[j].isZero()) {
          numerator = numerator.add(v[i].multiply(m[i][j]).multiply(v[j]));
        }
      }
    }
    if (norm.isZero()) {
      throw new IllegalArgumentException("the Rayleigh quotient needs a nonzero vector");
    }
    return numerator.divide(norm);
  }

  private static BigRational[][] symmetricEntries(RationalMatrix m) {
    if (m.rows() != m.cols() || !m.equals(m.transpose())) {
      throw new IllegalArgumentException("a square symmetric matrix is required");
    }
    return m.toArray();
  }

  private static BigRational[][] copy(BigRational[][] m) {
    BigRational[][] a = new BigRational[m.length][];
    for (int i = 0; i < m.length; i++) {
      if (m[i].length != m.length) {
        throw new IllegalArgumentException("a square matrix is required");
      }
      a[i] = m[i].clone();
    }
    return a;
  }

  /** Symmetric elimination in place on {@code a}. */
  private static boolean eliminate(BigRational[][] a, boolean definite) {
    int size = a.length;
    for (int k = 0; k < size; k++) {
      int sign = a[k][k].signum();
      if (sign < 0 || (definite && sign == 0)) {
        return false;
      }
      if (sign == 0) {
        for (int i = k + 1; i < size; i++) {
          if (!a[i][k].isZero()) {
            return false;
          }
        }
        continue;
      }
      for (int i = k + 1; i < size; i++) {
        if (a[i][k].isZero()) {
          continue;
        }
        BigRational factor = a[i][k].divide(a[k][k]);
        for (int j = k + 1; j < size; j++) {
          a[i][j] = a[i][j].subtract(factor.multiply(a[k][j]));
        }
      }
    }
    return true;
  }
}
