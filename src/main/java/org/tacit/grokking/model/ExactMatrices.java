package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * Exact matrix helpers for the polar-factor lemmas: {@code U diag(s) V^T}, linear combinations,
 * the Frobenius inner product and norm, and the Cayley transform that makes rational orthogonal
 * matrices. Exact; cost as stated per method ({@code m x n} operands).
 *
 * <p>Spec: {@code TDR:lem-C.41}, {@code TDR:lem-C.42}, {@code TDR:lem-C.43}.
 */
public final class ExactMatrices {

  private ExactMatrices() {}

  /**
   * {@code U diag(s) V^T} for {@code U} ({@code m x k}), {@code s} (length k), {@code V}
   * ({@code n x k}). O(m n k).
   */
  public static RationalMatrix diagonalProduct(RationalMatrix u, BigRational[] s,
      RationalMatrix v) {
    BigRational[][] out = new BigRational[u.rows()][v.rows()];
    for (int a = 0; a < u.rows(); a++) {
      for (int b = 0; b < v.rows(); b++) {
        BigRational sum = BigRational.ZERO;
        for (int j = 0; j < s.length; j++) {
          if (!s[j].isZero()) {
            sum = sum.add(u.get(a, j).multiply(s[j]).multiply(v.get(b, j)));
          }
        }
        out[a][b] = sum;
      }
    }
    return RationalMatrix.of(out);
  }

  /** {@code A + c B} (same shapes). O(m n). */
  public static RationalMatrix combination(RationalMatrix a, BigRational c, RationalMatrix b) {
    BigRational[][] out = new BigRational[a.rows()][a.cols()];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        out[i][j] = a.get(i, j).add(c.multiply(b.get(i, j)));
      }
    }
    return RationalMatrix.of(out);
  }

  /** The Frobenius inner product {@code <A, B> = tr(A^T B)} (same shapes). O(m n). */
  public static BigRational inner(RationalMatrix a, RationalMatrix b) {
    BigRational sum = BigRational.ZERO;
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        sum = sum.add(a.get(i, j).multiply(b.get(i, j)));
      }
    }
    return sum;
  }

  /** {@code ||A - B||_F^2} (same shapes). O(m n). */
  public static BigRational squaredDistance(RationalMatrix a, RationalMatrix b) {
    RationalMatrix d = combination(a, BigRational.MINUS_ONE, b);
    return inner(d, d);
  }

  /** Whether {@code Q^T Q = I} (orthonormal columns). O(m k^2). */
  public static boolean orthonormalColumns(RationalMatrix q) {
    return q.transpose().multiply(q).equals(RationalMatrix.identity(q.cols()));
  }

  /**
   * The Cayley transform {@code (I - S)(I + S)^{-1}} of a skew-symmetric {@code S}
   * ({@code S^T = -S}): an orthogonal matrix with rational entries ({@code I + S} is invertible
   * because the eigenvalues of S are imaginary). O(n^3).
   *
   * @throws IllegalArgumentException unless S is square and skew-symmetric
   */
  public static RationalMatrix cayley(RationalMatrix s) {
    int n = s.rows();
    RationalMatrix minus = combination(RationalMatrix.zero(n, n), BigRational.MINUS_ONE, s);
    if (s.cols() != n || !s.transpose().equals(minus)) {
      throw new IllegalArgumentException("S must be square and skew-symmetric");
    }
    RationalMatrix identity = RationalMatrix.identity(n);
    return combination(identity, BigRational.MINUS_ONE, s)
        .multiply(combination(identity, BigRational.ONE, s).inverse());
  }

  /**
   * The smallest leading principal minor of the square matrix {@code m}: for symmetric {@code m}
   * it is positive iff {@code m} is positive definite (Sylvester's criterion). O(n^4).
   */
  public static BigRational smallestLeadingMinor(RationalMatrix m) {
    BigRational smallest = m.get(0, 0);
    for (int size = 1; size <= m.rows(); size++) {
      int[] indices = new int[size];
      for (int j = 0; j < size; j++) {
        indices[j] = j;
      }
      smallest = smallest.min(m.selectRows(indices).selectColumns(indices).determinant());
    }
    return smallest;
  }

  /** The first {@code k} columns of {@code q}. */
  public static RationalMatrix leadingColumns(RationalMatrix q, int k) {
    int[] columns = new int[k];
    for (int j = 0; j < k; j++) {
      columns[j] = j;
    }
    return q.selectColumns(columns);
  }
}
