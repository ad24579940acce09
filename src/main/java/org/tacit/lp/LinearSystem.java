package org.tacit.lp;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * A linear system {@code A x = y} with exact rational data, the input of the l1 minimizers
 * ({@link NonnegativeL1Minimizer}, {@link SignedL1Minimizer}) and of the MS null-space constants.
 *
 * <p>Contract: {@code y.length == a.rows()}; {@code a} has at least one row and one column. The
 * array {@code y} is copied on construction and on access.
 *
 * <p>Spec: the data {@code (A, y)} of MS Section II ({@code MS:def-I.2}).
 *
 * @param a the matrix A, N x d
 * @param y the right-hand side, length N
 */
public record LinearSystem(RationalMatrix a, BigRational[] y) {

  /** Validates the shapes and copies {@code y}. */
  public LinearSystem {
    if (y.length != a.rows()) {
      throw new IllegalArgumentException("y has " + y.length + " entries for " + a.rows()
          + " rows of A");
    }
    if (a.rows() == 0 || a.cols() == 0) {
      throw new IllegalArgumentException("A must have at least one row and one column");
    }
    y = y.clone();
  }

  /** A system from integer data (convenience for tests and examples). */
  public static LinearSystem of(long[][] a, long[] y) {
    BigRational[] rhs = new BigRational[y.length];
    for (int i = 0; i < y.length; i++) {
      rhs[i] = BigRational.of(y[i]);
    }
    return new LinearSystem(RationalMatrix.of(a), rhs);
  }

  /** A copy of y. */
  @Override
  public BigRational[] y() {
    return y.clone();
  }

  /** Number of equations N. */
  public int rows() {
    return a.rows();
  }

  /** Number of unknowns d. */
  public int cols() {
    return a.cols();
  }

  /** Whether {@code A x = y} holds exactly. */
  public boolean solves(BigRational[] x) {
    BigRational[] ax = a.multiply(x);
    for (int i = 0; i < ax.length; i++) {
      if (!ax[i].equals(y[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(@org.checkerframework.checker.nullness.qual.Nullable Object other) {
    return other instanceof LinearSystem that && a.equals(that.a)
        && java.util.Arrays.equals(y, that.y);
  }

  @Override
  public int hashCode() {
    return 31 * a.hashCode() + java.util.Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "A=" + a + ", y=" + java.util.Arrays.toString(y);
  }
}
