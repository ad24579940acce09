/**
 * TDR model: the least-squares loss {@code g(a) = ||X a - y||^2 / 2}, the regularizers
 * ({@link org.tacit.grokking.model.Regularizer}: l1, {@code ||.||_2^2 / 2}, nuclear norm) with the
 * subgradients the paper's experiments use, subgradient descent (1) on {@code f = g + beta h}
 * through the shared training loop, the memorization and generalization steps {@code t1, t2}, the
 * instance records the checkers take, and {@link org.tacit.grokking.model.TdrTolerances}, where
 * every TDR tolerance is stated and justified.
 *
 * <p>Layer: paper (TDR), role model; imports no {@code check} or {@code family} package.
 */
package org.tacit.grokking.model;
