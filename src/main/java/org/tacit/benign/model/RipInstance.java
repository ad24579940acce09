package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * An instance of ZG Definition 2.1: a rational design {@code X} ({@code n x d}, row-major, flat),
 * a sparsity level k, and k-sparse probe vectors on which the two-sided RIP bound is evaluated.
 *
 * <p>Contract: arrays held as given; the checker decides the shapes and the sparsity.
 *
 * <p>Spec: {@code ZG:def-2.1}.
 *
 * @param x the design X, row-major
 * @param n rows (samples)
 * @param d columns (dimension)
 * @param k the sparsity level
 * @param probes k-sparse vectors of length d
 */
public record RipInstance(BigRational[] x, int n, int d, int k, BigRational[][] probes) {}
