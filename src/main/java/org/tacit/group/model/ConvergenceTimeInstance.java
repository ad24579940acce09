package org.tacit.group.model;

/**
 * An instance of LNHW Lemma 6: the target magnitude {@code u*}, the constant {@code B} of the
 * growth lower bound, the accuracy {@code tau} and the initialization {@code u(0) = theta}.
 *
 * <p>Spec: {@code LNHW:lem-6}.
 *
 * @param uStar {@code u* > 0}
 * @param bound {@code B in (0, 1/10)}
 * @param tau {@code tau in (0, 1/2)}
 * @param theta {@code theta in (0, u* / 2)}
 */
public record ConvergenceTimeInstance(double uStar, double bound, double tau, double theta) {}
