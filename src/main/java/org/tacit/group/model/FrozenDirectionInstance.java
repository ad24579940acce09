package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Lemma 4: a rational design {@code X} (orthogonal when the hypothesis holds),
 * responses {@code y}, the starting magnitudes {@code u(0)} and the coefficients {@code eta_l} of
 * {@code v_l(0) = eta_l X_l^T y / n}, a rational step {@code h} and a number of explicit Euler
 * steps (plain gradient descent on {@code L_n}) taken in exact arithmetic, and a horizon for the
 * integrated flow.
 *
 * <p>Spec: {@code LNHW:lem-4}.
 *
 * @param groups the column partition
 * @param design {@code X}, exact
 * @param responses {@code y}, exact
 * @param u {@code u(0)} (length L)
 * @param eta {@code eta_l} (length L)
 * @param step the Euler step {@code h > 0}
 * @param eulerSteps the number of exact Euler steps (the rationals grow about fivefold in digits
 *     per step, so keep it at most 3)
 * @param horizon the flow horizon {@code T >= 0}
 */
public record FrozenDirectionInstance(GroupPartition groups, BigRational[][] design,
    BigRational[] responses, BigRational[] u, BigRational[] eta, BigRational step,
    int eulerSteps, double horizon) {

  /** {@code v(0)}: {@code v_l(0) = eta_l a_l} with {@code a = X^T y / n}, exactly. */
  public BigRational[] initialV() {
    BigRational[] a = OrthogonalFacts.transposeTimes(design, responses);
    BigRational[] v = new BigRational[a.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = eta[groups.groupOf(i)].multiply(a[i]);
    }
    return v;
  }

  /** The instance in double precision. */
  public GroupedDesign groupedDesign() {
    return Rationals.groupedDesign(groups, design, responses);
  }
}
