package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * Algorithm 1 (LNHW Section 4, paper convention, Gauss-Seidel order) on a noiseless design with
 * orthonormal columns ({@code X^T X / n = I}, e.g. columns of a Sylvester-Hadamard matrix), where
 * its iterates have the closed form of inventory LG-DER-2:
 * {@code v_l(t+1) = a_l / ||a_l||} with {@code a_l = X_l^T y / n}, and
 * {@code u_l(t+1) = u_l(t) (1 + 2 gamma (||a_l|| - u_l(t)^2))}.
 *
 * <p>Spec: {@code LNHW:alg-1}.
 *
 * @param groups the partition
 * @param x the design {@code n x p} (rational)
 * @param wStar the true weights; {@code y = X w*}
 * @param u0 {@code u(0)}
 * @param v0 {@code v(0)}
 * @param gamma the u-step
 * @param steps the number of updates compared exactly ({@code >= 1}, small: digits triple per step)
 */
public record WeightNormalizationOrthogonalInstance(GroupPartition groups, BigRational[][] x,
    BigRational[] wStar, BigRational[] u0, BigRational[] v0, BigRational gamma, int steps) {

  /** {@code y = X w*}. */
  public BigRational[] y() {
    return RationalArrays.times(x, wStar);
  }
}
