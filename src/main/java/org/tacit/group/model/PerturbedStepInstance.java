package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * One step of the perturbed single-group updates (4)-(5) of LNHW Appendix C.2, with the normalised
 * new direction given exactly: an instance of {@code LNHW:eq-4} / {@code LNHW:eq-5}.
 *
 * @param u the magnitude {@code u(t) > 0}
 * @param uStarSquared the target magnitude {@code (u*)^2}
 * @param vStar the target direction {@code v*} (a unit vector)
 * @param v the current direction {@code v(t)} (a unit vector)
 * @param eta the direction step {@code eta_t > 0}
 * @param gamma the magnitude step {@code gamma}
 * @param b the direction perturbation {@code b_t}
 * @param e the magnitude perturbation {@code e_t}
 * @param next the claimed new direction {@code v(t+1) = z(t+1)/||z(t+1)||} (a rational unit
 *     vector; the instance is consistent when {@code z(t+1)} is a positive multiple of it)
 */
public record PerturbedStepInstance(BigRational u, BigRational uStarSquared,
    BigRational[] vStar, BigRational[] v, BigRational eta, BigRational gamma, BigRational[] b,
    BigRational e, BigRational[] next) {}
