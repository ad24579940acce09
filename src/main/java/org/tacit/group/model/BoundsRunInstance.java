package org.tacit.group.model;

/**
 * An instance of LNHW Lemma 9: a perturbed run (its {@code magnitudeBound} is the lemma's
 * {@code B}) and the direction shortfall {@code B_2} of the second part.
 *
 * <p>Spec: {@code LNHW:lem-9}.
 *
 * @param run the run
 * @param shortfall {@code B_2 in [0, 1)}
 */
public record BoundsRunInstance(PerturbedRunInstance run, double shortfall) {}
