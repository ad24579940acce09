package org.tacit.group.model;

/**
 * An instance of LNHW Lemma 11: a perturbed run and the accuracy {@code tau}.
 *
 * <p>Spec: {@code LNHW:lem-11}.
 *
 * @param run the run (its radii are the lemma's {@code tau (u*)^2/10} bounds)
 * @param tau {@code tau in (0, 1/2]}
 */
public record HalvingRunInstance(PerturbedRunInstance run, double tau) {}
