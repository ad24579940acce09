package org.tacit.group.model;

import java.math.BigInteger;
import org.tacit.exact.BigRational;

/**
 * Exact facts about a rational design used by the orthogonal-design items of LNHW (Lemma 4,
 * Theorem 2): {@code X^T z / n}, whether {@code X^T X / n = I} (so every
 * {@code X_l^T X_l / n = I} and {@code X_l^T X_l' / n = O}), group norms and span membership.
 *
 * <p>Contract: {@code x} is {@code n x p} with {@code n >= 1}; exact; {@link #gramIsIdentity} costs
 * O(n p^2) big-number operations, the others O(n p) or O(p^2).
 *
 * <p>Spec: {@code LNHW:lem-4}, {@code LNHW:thm-2}.
 */
public final class OrthogonalFacts {

  private OrthogonalFacts() {}

  /** {@code X^T z / n}. */
  public static BigRational[] transposeTimes(BigRational[][] x, BigRational[] z) {
    int n = x.length;
    int p = x[0].length;
    BigRational[] out = new BigRational[p];
    BigRational inverseN = BigRational.of(1, n);
    for (int j = 0; j < p; j++) {
      BigRational sum = BigRational.ZERO;
      for (int row = 0; row < n; row++) {
        sum = sum.add(x[row][j].multiply(z[row]));
      }
      out[j] = sum.multiply(inverseN);
    }
    return out;
  }

  /** Whether {@code X^T X / n = I} exactly. */
  public static boolean gramIsIdentity(BigRational[][] x) {
    int n = x.length;
    int p = x[0].length;
    BigRational bigN = BigRational.of(n);
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        BigRational sum = BigRational.ZERO;
        for (int row = 0; row < n; row++) {
          sum = sum.add(x[row][i].multiply(x[row][j]));
        }
        if (!sum.equals(i == j ? bigN : BigRational.ZERO)) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code ||z_l||^2}, the squared norm of the group-{@code l} block of {@code z}. */
  public static BigRational groupSquaredNorm(GroupPartition groups, BigRational[] z, int l) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      sum = sum.add(z[i].multiply(z[i]));
    }
    return sum;
  }

  /** {@code <a_l, b_l>}, the inner product of the group-{@code l} blocks. */
  public static BigRational groupInner(GroupPartition groups, BigRational[] a, BigRational[] b,
      int l) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      sum = sum.add(a[i].multiply(b[i]));
    }
    return sum;
  }

  /**
   * {@code ||z_l||^2 ||a_l||^2 - <z_l, a_l>^2} (Lagrange's identity: the sum of the squared
   * {@code 2 x 2} minors {@code z_i a_j - z_j a_i}), which is 0 exactly when {@code z_l} lies in
   * {@code span{a_l}}.
   */
  public static BigRational spanDefect(GroupPartition groups, BigRational[] z, BigRational[] a,
      int l) {
    int[] members = groups.members(l);
    BigRational sum = BigRational.ZERO;
    for (int s = 0; s < members.length; s++) {
      for (int t = s + 1; t < members.length; t++) {
        BigRational minor = z[members[s]].multiply(a[members[t]])
            .subtract(z[members[t]].multiply(a[members[s]]));
        sum = sum.add(minor.multiply(minor));
      }
    }
    return sum;
  }

  /** {@code ||z_l||_inf} in double (the exact maximum of absolute values, rounded once). */
  public static double groupMaxAbs(GroupPartition groups, BigRational[] z, int l) {
    BigRational max = BigRational.ZERO;
    for (int i : groups.members(l)) {
      max = max.max(z[i].abs());
    }
    return max.doubleValue();
  }

  /**
   * The exact square root of a rational that is the square of a rational (numerator and
   * denominator perfect squares in lowest terms); {@link IllegalArgumentException} otherwise.
   */
  public static BigRational exactSquareRoot(BigRational square) {
    if (square.signum() < 0) {
      throw new IllegalArgumentException("negative: " + square);
    }
    BigInteger top = square.numerator().sqrt();
    BigInteger bottom = square.denominator().sqrt();
    if (!top.multiply(top).equals(square.numerator())
        || !bottom.multiply(bottom).equals(square.denominator())) {
      throw new IllegalArgumentException("not the square of a rational: " + square);
    }
    return BigRational.of(top, bottom);
  }
}
