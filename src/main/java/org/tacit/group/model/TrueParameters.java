package org.tacit.group.model;

import java.util.Optional;
import org.tacit.exact.BigRational;

/**
 * The magnitude/direction split of the true parameters (LNHW Section 3.2):
 * {@code w_l* = (u_l*)^2 v_l*} with {@code ||v_l*|| = 1}, so {@code (u_l*)^2 = ||w_l*||}; the
 * support {@code S = {l : u_l* > 0}}, {@code s = |S|}, and {@code (u*_max)^2}, {@code (u*_min)^2}
 * over {@code S}. Exact: built only when every {@code ||w_l*||} is rational (the squared norm is
 * the square of a rational), which the families ensure with Pythagorean directions. O(p).
 *
 * @param groups the partition
 * @param magnitudes {@code (u_l*)^2 = ||w_l*||} per group (0 off the support)
 *
 * <p>Spec: {@code LNHW:rem-3.2.1}.
 */
public record TrueParameters(GroupPartition groups, BigRational[] magnitudes) {

  /** The split of {@code wStar}, or empty when some {@code ||w_l*||} is irrational. */
  public static Optional<TrueParameters> of(GroupPartition groups, BigRational[] wStar) {
    BigRational[] magnitudes = new BigRational[groups.groupCount()];
    for (int l = 0; l < magnitudes.length; l++) {
      BigRational square = BigRational.ZERO;
      for (int i : groups.members(l)) {
        square = square.add(wStar[i].multiply(wStar[i]));
      }
      BigRational root = BigRational.of(square.numerator().sqrt(), square.denominator().sqrt());
      if (!root.multiply(root).equals(square)) {
        return Optional.empty();
      }
      magnitudes[l] = root;
    }
    return Optional.of(new TrueParameters(groups, magnitudes));
  }

  /** {@code (u_l*)^2}. */
  public BigRational magnitude(int l) {
    return magnitudes[l];
  }

  /** Whether {@code l in S}. */
  public boolean inSupport(int l) {
    return magnitudes[l].signum() > 0;
  }

  /** {@code s = |S|}. */
  public int supportSize() {
    int s = 0;
    for (BigRational m : magnitudes) {
      s += m.signum();
    }
    return s;
  }

  /** {@code (u*_max)^2} over S (0 when S is empty). */
  public BigRational largest() {
    BigRational max = BigRational.ZERO;
    for (BigRational m : magnitudes) {
      max = max.max(m);
    }
    return max;
  }

  /** {@code (u*_min)^2} over S; requires {@code s >= 1}. */
  public BigRational smallest() {
    BigRational min = largest();
    for (BigRational m : magnitudes) {
      if (m.signum() > 0) {
        min = min.min(m);
      }
    }
    return min;
  }

  /** {@code v_l* = w_l* / (u_l*)^2} (entries of group l, in order); requires {@code l in S}. */
  public BigRational[] direction(BigRational[] wStar, int l) {
    int[] members = groups.members(l);
    BigRational[] v = new BigRational[members.length];
    for (int k = 0; k < members.length; k++) {
      v[k] = wStar[members[k]].divide(magnitudes[l]);
    }
    return v;
  }
}
