package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * An instance of ZG Lemma 5.1: a rational design {@code X} ({@code n x d}, row-major, flat), the
 * level k, a claimed RIP constant delta of {@code X / sqrt(n)} at level {@code k + 1}, and a vector
 * beta.
 *
 * <p>Contract: arrays held as given; the checker decides the hypotheses (shapes, {@code k >= 1},
 * and the RIP property, exactly).
 *
 * <p>Spec: {@code ZG:lem-5.1}.
 *
 * @param x the design X, row-major
 * @param n rows
 * @param d columns
 * @param k the sparsity level (RIP is required at level {@code k + 1})
 * @param delta the RIP constant claimed at level {@code k + 1}
 * @param beta the vector beta (length d)
 */
public record LInfinityControlInstance(BigRational[] x, int n, int d, int k, BigRational delta,
    BigRational[] beta) {}
