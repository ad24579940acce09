package org.tacit.group.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.SymmetricDefiniteness;

/**
 * Exact tests on a rational Gram matrix {@code Sigma = X^T X / n} (p x p) with column groups:
 * positive definiteness (realisability as a Gram matrix of a design with {@code n >= p} rows) and
 * the Frobenius certificates of Assumption 1 ({@code ||B||_2 <= ||B||_F}, so a bound on the
 * Frobenius norm of each diagonal block of {@code Sigma - I} certifies {@code delta_in}, of each
 * off-diagonal block {@code delta_out}). O(p^3) and O(p^2) exact operations.
 *
 * <p>Spec: {@code LNHW:asm-1}, {@code LNHW:eq-1}, {@code LNHW:eq-2}.
 */
public final class GramMatrices {

  private GramMatrices() {}

  /**
   * Whether {@code sigma} is a symmetric positive definite {@code p x p} matrix: symmetric
   * elimination without pivoting has only positive pivots (Sylvester's criterion).
   */
  public static boolean positiveDefinite(BigRational[][] sigma, int p) {
    if (sigma.length != p) {
      return false;
    }
    for (int i = 0; i < p; i++) {
      if (sigma[i].length != p) {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (!sigma[i][j].equals(sigma[j][i])) {
          return false;
        }
      }
    }
    return SymmetricDefiniteness.isPositiveDefinite(sigma);
  }

  /** The squared Frobenius norm of the block {@code (l, m)} of {@code Sigma - I}. */
  public static BigRational blockFrobeniusSquared(BigRational[][] sigma, GroupPartition groups,
      int l, int m) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      for (int j : groups.members(m)) {
        BigRational entry = i == j ? sigma[i][j].subtract(BigRational.ONE) : sigma[i][j];
        sum = sum.add(entry.multiply(entry));
      }
    }
    return sum;
  }

  /**
   * The largest squared Frobenius norm over the diagonal ({@code diagonal}) or the off-diagonal
   * blocks of {@code Sigma - I} (0 when there are none).
   */
  public static BigRational largestBlockFrobeniusSquared(BigRational[][] sigma,
      GroupPartition groups, boolean diagonal) {
    BigRational largest = BigRational.ZERO;
    for (int l = 0; l < groups.groupCount(); l++) {
      for (int m = 0; m < groups.groupCount(); m++) {
        if ((l == m) == diagonal) {
          largest = largest.max(blockFrobeniusSquared(sigma, groups, l, m));
        }
      }
    }
    return largest;
  }

  /**
   * Whether every diagonal ({@code diagonal}) or off-diagonal block of {@code Sigma - I} has
   * Frobenius norm at most {@code delta >= 0}: the certificate of Assumption 1 (1) or (2).
   */
  public static boolean certifies(BigRational[][] sigma, GroupPartition groups,
      BigRational delta, boolean diagonal) {
    return delta.signum() >= 0 && largestBlockFrobeniusSquared(sigma, groups, diagonal)
        .compareTo(delta.multiply(delta)) <= 0;
  }
}
