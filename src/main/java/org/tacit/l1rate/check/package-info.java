/**
 * MS checkers: one {@link org.tacit.verify.TheoremChecker} per item (Lemma III.1, Theorem II.2 (a)
 * and (b) with every proof step, Lemmas III.2 and III.3, (I.1)/(I.2), def-I.5, rem-I.1, rem-I.2),
 * named {@code <what is checked><kind>Checker}, each declaring its spec ID once and deciding its
 * hypotheses by name; printed-but-false statements are their checkers'
 * {@link org.tacit.verify.StatementForm#PRINTED} form.
 *
 * <p>Layer: paper (MS), role check; imports {@code model}, never {@code family}.
 */
package org.tacit.l1rate.check;
