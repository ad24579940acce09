package org.tacit.group.model;

/**
 * A run of the perturbed single-group updates (4)-(5) with the large step
 * {@code eta_t = 1/u^4(t)} (the step the proofs of Lemmas 10-11 use through Lemma 8) and
 * perturbations chosen by an {@link Adversary} within the given radii.
 *
 * <p>Spec: {@code LNHW:lem-9}, {@code LNHW:lem-10}, {@code LNHW:lem-11}.
 *
 * @param uStarSquared {@code (u*)^2 > 0}
 * @param initial {@code u(0) > 0}
 * @param gamma the magnitude step {@code gamma}
 * @param directionRadius {@code rho}: {@code ||b_t|| <= rho (u*)^2}, {@code 0 <= rho < 1}
 * @param magnitudeBound {@code E}: {@code |e_t| <= E}
 * @param adversary how {@code (b_t, e_t)} are chosen
 * @param seed the seed of {@link Adversary#RANDOM}
 * @param steps the number of steps to run
 */
public record PerturbedRunInstance(double uStarSquared, double initial, double gamma,
    double directionRadius, double magnitudeBound, Adversary adversary, long seed, int steps) {}
