package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Lemma 7: the noiseless magnitude recursion
 * {@code u(t) = u(t-1) + 2 gamma u(t-1) [(u*)^2 - u^2(t-1)]} started at {@code u(0)}, run exactly
 * for {@code steps} steps.
 *
 * <p>Spec: {@code LNHW:lem-7}.
 *
 * @param uStar the target magnitude {@code u*}
 * @param initial the initialization {@code u(0)}
 * @param gamma the step size {@code gamma}
 * @param steps the number of exact steps to run (the rationals' size triples per step)
 */
public record MagnitudeRecursionInstance(BigRational uStar, BigRational initial,
    BigRational gamma, int steps) {

  /**
   * One step of the recursion: {@code u + 2 gamma u ((u*)^2 - u^2)}, exact.
   *
   * @param u the current value {@code u(t-1)}
   */
  public BigRational next(BigRational u) {
    return u.add(BigRational.TWO.multiply(gamma).multiply(u)
        .multiply(uStar.pow(2).subtract(u.pow(2))));
  }
}
