package org.tacit.group.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.tacit.exact.BigRational;

/**
 * A Gram-form instance of the grouped model with a state of Algorithm 1 (LNHW Appendix C.3):
 * the normalised Gram matrix {@code Sigma = X^T X / n}, the group-sparse truth
 * {@code w_l* = (u_l*)^2 v_l*} ({@code (u_l*)^2 = 0} off the support {@code S}), the noise
 * correlation {@code g = X^T xi / n}, and the iterate {@code (u(t), v(t))}. Then
 * {@code X^T y / n = Sigma w* + g} and {@code X_l^T r(t) / n = (Sigma w* + g - Sigma w(t))_l}
 * with {@code w(t)_l = u_l(t)^2 v_l(t)}. As for {@link InitialDirectionInstance}, a symmetric
 * positive definite {@code Sigma} and any {@code g} are realised by a design with {@code n >= p}
 * rows, so a Gram-form state stands for a family of designs.
 *
 * <p>Contract: arrays are not copied (callers must not mutate them); all queries are exact.
 * Cost: O(p^2) big-number operations for {@link #residualCorrelation}, O(p^3) for
 * {@link #positiveDefinite}.
 *
 * <p>Spec: {@code LNHW:rem-C.3.1}, {@code LNHW:rem-C.4.1}.
 *
 * @param groups the partition
 * @param sigma {@code Sigma}, {@code p x p}
 * @param uStarSquared {@code (u_l*)^2} per group (length L; zero exactly off the support)
 * @param vStar {@code v*} (length p; unit on each support group, ignored off the support)
 * @param noise {@code g = X^T xi / n} (length p)
 * @param u {@code u(t)} (length L)
 * @param v {@code v(t)} (length p)
 */
public record GroupState(GroupPartition groups, BigRational[][] sigma,
    BigRational[] uStarSquared, BigRational[] vStar, BigRational[] noise, BigRational[] u,
    BigRational[] v) {

  /** Whether group {@code l} is in the support {@code S} ({@code (u_l*)^2 > 0}). */
  public boolean inSupport(int l) {
    return uStarSquared[l].signum() > 0;
  }

  /** The number {@code s} of support groups. */
  public int supportSize() {
    int s = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      s += inSupport(l) ? 1 : 0;
    }
    return s;
  }

  /** {@code (u*_min)^2}, the smallest {@code (u_l*)^2} over the support (zero if S is empty). */
  public BigRational uStarMinSquared() {
    BigRational min = BigRational.ZERO;
    for (int l = 0; l < groups.groupCount(); l++) {
      if (inSupport(l) && (min.signum() == 0 || uStarSquared[l].compareTo(min) < 0)) {
        min = uStarSquared[l];
      }
    }
    return min;
  }

  /** {@code (u*_max)^2}, the largest {@code (u_l*)^2}. */
  public BigRational uStarMaxSquared() {
    BigRational max = BigRational.ZERO;
    for (BigRational value : uStarSquared) {
      max = max.max(value);
    }
    return max;
  }

  /** {@code w* = (u*)^2 v*} groupwise (zero off the support). */
  public BigRational[] wStar() {
    BigRational[] w = new BigRational[groups.dimension()];
    for (int i = 0; i < w.length; i++) {
      int l = groups.groupOf(i);
      w[i] = inSupport(l) ? uStarSquared[l].multiply(vStar[i]) : BigRational.ZERO;
    }
    return w;
  }

  /** {@code X^T y / n = Sigma w* + g}. */
  public BigRational[] correlations() {
    BigRational[] zero = new BigRational[groups.groupCount()];
    Arrays.fill(zero, BigRational.ZERO);
    return residualCorrelation(zero, v);
  }

  /**
   * {@code X^T r / n = Sigma w* + g - Sigma w} at the magnitudes {@code u} and directions
   * {@code directions} ({@code w_l = u_l^2 directions_l}), computed directly from the Gram form.
   */
  public BigRational[] residualCorrelation(BigRational[] magnitudes, BigRational[] directions) {
    BigRational[] difference = wStar();
    for (int i = 0; i < difference.length; i++) {
      BigRational ul = magnitudes[groups.groupOf(i)];
      difference[i] = difference[i].subtract(ul.multiply(ul).multiply(directions[i]));
    }
    BigRational[] result = new BigRational[difference.length];
    for (int i = 0; i < result.length; i++) {
      BigRational sum = noise[i];
      for (int j = 0; j < result.length; j++) {
        sum = sum.add(sigma[i][j].multiply(difference[j]));
      }
      result[i] = sum;
    }
    return result;
  }

  /** {@code sum_{i in G_l} a_i b_i}. */
  public BigRational groupDot(BigRational[] a, BigRational[] b, int l) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      sum = sum.add(a[i].multiply(b[i]));
    }
    return sum;
  }

  /** {@code ||a_l||^2}. */
  public BigRational groupNormSquared(BigRational[] a, int l) {
    return groupDot(a, a, l);
  }

  /** {@code ||a_l||_1}. */
  public BigRational groupNormOne(BigRational[] a, int l) {
    BigRational sum = BigRational.ZERO;
    for (int i : groups.members(l)) {
      sum = sum.add(a[i].abs());
    }
    return sum;
  }

  /** {@code ||a_l||_inf}. */
  public BigRational groupNormInf(BigRational[] a, int l) {
    BigRational max = BigRational.ZERO;
    for (int i : groups.members(l)) {
      max = max.max(a[i].abs());
    }
    return max;
  }

  /** {@code ||a_l||} when it is rational (numerator and denominator perfect squares). */
  public Optional<BigRational> rationalGroupNorm(BigRational[] a, int l) {
    return rationalRoot(groupNormSquared(a, l));
  }

  /** {@code sqrt(x)} when {@code x >= 0} is the square of a rational. */
  public static Optional<BigRational> rationalRoot(BigRational x) {
    if (x.signum() < 0) {
      return Optional.empty();
    }
    BigInteger numerator = x.numerator().sqrt();
    BigInteger denominator = x.denominator().sqrt();
    BigRational root = BigRational.of(numerator, denominator);
    return root.multiply(root).equals(x) ? Optional.of(root) : Optional.empty();
  }

  /** The squared Frobenius norm of the block {@code (l, m)} of {@code Sigma - I}. */
  public BigRational blockFrobeniusSquared(int l, int m) {
    return GramMatrices.blockFrobeniusSquared(sigma, groups, l, m);
  }

  /**
   * Whether every diagonal ({@code within}) or off-diagonal block of {@code Sigma - I} has
   * Frobenius norm at most {@code delta >= 0}, which certifies Assumption 1 (1) or (2).
   */
  public boolean assumptionOneCertified(BigRational delta, boolean within) {
    return GramMatrices.certifies(sigma, groups, delta, within);
  }

  /**
   * Whether every group of {@code directions} (the support groups only, if {@code supportOnly})
   * is a unit vector, exactly.
   */
  public boolean unitGroups(BigRational[] directions, boolean supportOnly) {
    for (int l = 0; l < groups.groupCount(); l++) {
      if ((!supportOnly || inSupport(l))
          && !groupNormSquared(directions, l).equals(BigRational.ONE)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code Sigma} is symmetric positive definite, exactly (positive pivots). O(p^3). */
  public boolean positiveDefinite() {
    return GramMatrices.positiveDefinite(sigma, groups.dimension());
  }

  /** The same truth and noise with another iterate {@code (u, v)}. */
  public GroupState withState(BigRational[] newU, BigRational[] newV) {
    return new GroupState(groups, sigma, uStarSquared, vStar, noise, newU, newV);
  }
}
