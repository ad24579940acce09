/**
 * NRSS checkers: one {@link org.tacit.verify.TheoremChecker} per item (Lemmas A.1, 2.3, 4.1, 6.1,
 * C.1, Theorems 4.2, 6.2, B.1 with their proof steps, and the Appendix D steps and lemmas), named
 * {@code <what is checked><kind>Checker}; printed-but-false statements (Lemma 6.1's (14), (48),
 * Lemma D.5's bounds and display, rem-D.8) are their checkers'
 * {@link org.tacit.verify.StatementForm#PRINTED} form.
 *
 * <p>Layer: paper (NRSS), role check; imports {@code model}, never {@code family}.
 */
package org.tacit.stepsize.check;
