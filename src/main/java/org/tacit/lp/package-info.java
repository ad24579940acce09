/**
 * Linear programming with certificates: the model ({@link org.tacit.lp.LinearProgram}, read from
 * MPS by {@link org.tacit.lp.MpsReader}), an exact rational and a double simplex method over one
 * tableau engine, results whose optimality, Farkas or unboundedness certificate is stated in terms
 * of the original model and checked by {@link org.tacit.lp.LpCertificateVerifier}, exact
 * certification of a double basis, and the l1 minimizers built on them ({@link
 * org.tacit.lp.NonnegativeL1Minimizer}, {@link org.tacit.lp.SignedL1Minimizer}) with an exact
 * uniqueness decision, plus LPs over null-space slices. Double-precision tolerances are in
 * {@link org.tacit.lp.LpTolerances} and {@link org.tacit.lp.L1Tolerances}; exact mode uses none.
 *
 * <p>Layer: solver. Imports {@code exact}, {@code io} (user-input errors of the MPS reader) and
 * {@code verify} (its own solver checker and instance family) only; never a paper package,
 * {@code experiment} or {@code cli}.
 *
 * <p>Papers: MS (l1 minimizers and their uniqueness, {@code MS:def-I.2}, {@code MS:asm-II.1}(c);
 * the LPs behind the null-space constants) and NRSS (the min-l1 and weighted-l1 interpolators and
 * the cutting-plane computation of min lambda_max).
 */
package org.tacit.lp;
