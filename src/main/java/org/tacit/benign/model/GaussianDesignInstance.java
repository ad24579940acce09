package org.tacit.benign.model;

/**
 * A Gaussian design and noise for ZG Lemma A.2: {@code X} ({@code n x d}, row-major, entries
 * i.i.d. N(0, 1)) and {@code xi} (length n, i.i.d. N(0, sigma^2)), drawn independently.
 *
 * <p>Spec: {@code ZG:lem-A.2}.
 *
 * @param n the number of samples
 * @param d the dimension
 * @param sigma the noise level, {@code > 0}
 * @param x the design, row-major, length {@code n d}
 * @param xi the noise, length n
 */
public record GaussianDesignInstance(int n, int d, double sigma, double[] x, double[] xi) {}
