package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * One direction step of LNHW Eq. (4) with the large step {@code eta_t = 1/u^4(t)}, i.e. Eq. (6):
 * an instance of {@code LNHW:eq-6} and (with a bound {@code B}) of {@code LNHW:lem-8}. Only
 * {@code u^2} enters, so the instance holds {@code u^2(t)} (rational even when {@code u} is not).
 *
 * @param uSquared {@code u^2(t) > 0}
 * @param uStarSquared {@code (u*)^2 > 0}
 * @param vStar the target direction {@code v*} (a unit vector)
 * @param v the current direction {@code v(t)} (a unit vector)
 * @param b the perturbation {@code b_t}
 */
public record LargeStepInstance(BigRational uSquared, BigRational uStarSquared,
    BigRational[] vStar, BigRational[] v, BigRational[] b) {

  /** The step {@code eta_t = 1/u^4(t)}. */
  public BigRational eta() {
    return uSquared.pow(2).reciprocal();
  }
}
