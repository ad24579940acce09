package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * Exact vectors and matrices of {@code R^D} written in the one-hot bases {@code e_a} and
 * {@code E_{a,b}} of LNHW Appendix A, and the squared distances by which the checkers state a
 * vector or matrix identity as one rational equation ({@code ||a - b||^2 = 0} iff {@code a = b}).
 *
 * <p>Contract: exact; dimensions must agree ({@link IllegalArgumentException} otherwise); the
 * builders return fresh arrays. Costs {@code O(D)} for vectors, {@code O(D^2)} for matrices.
 *
 * <p>Spec: {@code LNHW:rem-A.1}, {@code LNHW:rem-A.2}, {@code LNHW:rem-A.3}.
 */
public final class CoordinateVectors {

  private CoordinateVectors() {}

  /** The zero vector of {@code R^dimension}. */
  public static BigRational[] zero(int dimension) {
    BigRational[] zero = new BigRational[dimension];
    Arrays.fill(zero, BigRational.ZERO);
    return zero;
  }

  /** Adds {@code coefficient * e_a} to {@code vector} in place and returns it. */
  public static BigRational[] addUnit(BigRational[] vector, int a, BigRational coefficient) {
    vector[a] = vector[a].add(coefficient);
    return vector;
  }

  /** The zero {@code dimension x dimension} matrix, as rows. */
  public static BigRational[][] zeroMatrix(int dimension) {
    BigRational[][] zero = new BigRational[dimension][];
    for (int a = 0; a < dimension; a++) {
      zero[a] = zero(dimension);
    }
    return zero;
  }

  /** Adds {@code coefficient * E_{a,b}} to {@code matrix} in place and returns it. */
  public static BigRational[][] addOneHot(BigRational[][] matrix, int a, int b,
      BigRational coefficient) {
    matrix[a][b] = matrix[a][b].add(coefficient);
    return matrix;
  }

  /** {@code x a + y b}. */
  public static BigRational[] combination(BigRational x, BigRational[] a, BigRational y,
      BigRational[] b) {
    requireSame(a.length, b.length);
    BigRational[] sum = new BigRational[a.length];
    for (int k = 0; k < sum.length; k++) {
      sum[k] = x.multiply(a[k]).add(y.multiply(b[k]));
    }
    return sum;
  }

  /**
   * {@code M v} skipping the zero entries of {@code M} (the Hessians of Appendix A have at most
   * three non-zero entries): {@code O(D^2)} zero tests and one product per non-zero entry.
   */
  public static BigRational[] sparseProduct(RationalMatrix m, BigRational[] v) {
    requireSame(m.cols(), v.length);
    BigRational[] product = zero(m.rows());
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < v.length; c++) {
        BigRational entry = m.get(r, c);
        if (!entry.isZero() && !v[c].isZero()) {
          product[r] = product[r].add(entry.multiply(v[c]));
        }
      }
    }
    return product;
  }

  /** {@code ||a||^2}. */
  public static BigRational squaredNorm(BigRational[] a) {
    BigRational sum = BigRational.ZERO;
    for (BigRational x : a) {
      sum = sum.add(x.multiply(x));
    }
    return sum;
  }

  /** {@code ||a - b||^2}: zero iff {@code a = b}. */
  public static BigRational squaredDistance(BigRational[] a, BigRational[] b) {
    return squaredNorm(combination(BigRational.ONE, a, BigRational.MINUS_ONE, b));
  }

  /** The squared Frobenius distance {@code ||A - B||_F^2}: zero iff {@code A = B}. */
  public static BigRational squaredDistance(RationalMatrix a, BigRational[][] b) {
    requireSame(a.rows(), b.length);
    BigRational sum = BigRational.ZERO;
    for (int r = 0; r < b.length; r++) {
      sum = sum.add(squaredDistance(a.row(r), b[r]));
    }
    return sum;
  }

  private static void requireSame(int m, int n) {
    if (m != n) {
      throw new IllegalArgumentException("dimensions " + m + " and " + n + " differ");
    }
  }
}
