package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * An instance of the proof step of ZG Lemma A.2 (spec {@code ZG:rem-A.3}): a rational design X
 * ({@code n x d}, row-major, flat) and a vector beta in the sample space {@code R^n}.
 *
 * <p>Contract: arrays held as given; the checker decides the shapes.
 *
 * <p>Spec: {@code ZG:rem-A.3}.
 *
 * @param x the design X, row-major
 * @param n rows
 * @param d columns
 * @param beta the vector beta (length n)
 */
public record LInfinityCorrelationInstance(BigRational[] x, int n, int d, BigRational[] beta) {}
