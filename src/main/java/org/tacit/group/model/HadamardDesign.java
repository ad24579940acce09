package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The Sylvester-Hadamard matrix {@code H_{2^k}} (entries {@code H_ij = (-1)^{popcount(i & j)}},
 * {@code H^T H = 2^k I}) and designs made of its first {@code p <= n = 2^k} columns, whose Gram
 * matrix is exactly {@code X^T X / n = I}: the orthogonal designs of LNHW Theorem 2 and Lemma 4.
 *
 * <p>Contract: {@code 0 <= k <= 20}, {@code 1 <= p <= 2^k}; entries are exactly {@code +-1}.
 * Cost O(n p).
 *
 * <p>Spec: {@code LNHW:lem-4}, {@code LNHW:thm-2}.
 */
public final class HadamardDesign {

  private HadamardDesign() {}

  /** {@code H_ij} of the Sylvester-Hadamard matrix of any order {@code 2^k > max(i, j)}. */
  public static int entry(int row, int column) {
    return Integer.bitCount(row & column) % 2 == 0 ? 1 : -1;
  }

  /** The first {@code p} columns of {@code H_{2^k}}, exactly ({@code 2^k x p}). */
  public static BigRational[][] exact(int k, int p) {
    int n = samples(k, p);
    BigRational[][] x = new BigRational[n][p];
    for (int row = 0; row < n; row++) {
      for (int column = 0; column < p; column++) {
        x[row][column] = entry(row, column) == 1 ? BigRational.ONE : BigRational.MINUS_ONE;
      }
    }
    return x;
  }

  /** The first {@code p} columns of {@code H_{2^k}}, row-major in double. */
  public static double[] rowMajor(int k, int p) {
    int n = samples(k, p);
    double[] x = new double[n * p];
    for (int row = 0; row < n; row++) {
      for (int column = 0; column < p; column++) {
        x[row * p + column] = entry(row, column);
      }
    }
    return x;
  }

  private static int samples(int k, int p) {
    if (k < 0 || k > 20) {
      throw new IllegalArgumentException("need 0 <= k <= 20, got " + k);
    }
    int n = 1 << k;
    if (p < 1 || p > n) {
      throw new IllegalArgumentException("need 1 <= p <= 2^k = " + n + ", got " + p);
    }
    return n;
  }
}
