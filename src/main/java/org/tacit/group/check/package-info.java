/**
 * LNHW theorem checkers: one {@link org.tacit.verify.TheoremChecker} per spec item, each with its
 * hypotheses named as the paper states them and the steps of its proof as labelled checks.
 *
 * <p>Layer: paper (LNHW), role check; imports {@code model} only within the paper.
 */
package org.tacit.group.check;
