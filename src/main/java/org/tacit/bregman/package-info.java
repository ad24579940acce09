/**
 * The entropy Bregman projection {@code x_inf(alpha) = argmin {B_E(x, alpha 1) : x >= 0, Ax = y}}:
 * {@link org.tacit.bregman.EntropyProjection} (damped Newton on the dual in the log domain, after
 * an exact reduction of the constraints, with a certified per-coordinate error bound, {@link
 * org.tacit.bregman.ProjectionCertificate}), an independent high-precision reference ({@link
 * org.tacit.bregman.HighPrecisionEntropyProjection}), the deviation from the l1 minimizer computed
 * without cancellation ({@link org.tacit.bregman.MinimizerDeviation}), and generators of
 * projection instances. Numerical constants with their justification are in {@link
 * org.tacit.bregman.BregmanTolerances}.
 *
 * <p>Layer: solver. Imports {@code exact}, {@code linalg} and {@code verify} (for its instance
 * families) only; never a paper package, {@code experiment} or {@code cli}.
 *
 * <p>Papers: MS ({@code rem-I.2}, {@code def-I.3}, {@code def-I.5}; used by the checks of
 * {@code MS:lem-III.2}, {@code MS:lem-III.3ii} and the flow-limit erratum).
 */
package org.tacit.bregman;
