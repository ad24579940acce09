package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Lemma 16: one direction step (4) with a constant step {@code eta}. Only
 * {@code u^2} enters, so the instance holds {@code u^2(t)}.
 *
 * <p>Spec: {@code LNHW:lem-16}.
 *
 * @param uSquared {@code u^2(t)}
 * @param uStarSquared {@code (u*)^2}
 * @param vStar the target direction {@code v*} (a unit vector)
 * @param v the current direction {@code v(t)} (a unit vector)
 * @param eta the constant step {@code eta}
 * @param tau the constant {@code tau} of the lemma
 * @param b the perturbation {@code b_t}
 */
public record ConstantStepInstance(BigRational uSquared, BigRational uStarSquared,
    BigRational[] vStar, BigRational[] v, BigRational eta, BigRational tau, BigRational[] b) {}
