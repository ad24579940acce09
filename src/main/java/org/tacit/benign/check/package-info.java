/**
 * ZG theorem checkers: one {@link org.tacit.verify.TheoremChecker} per spec item, each with its
 * hypotheses named as the paper states them and the steps of its proof as labelled checks.
 *
 * <p>Layer: paper (ZG), role check; imports {@code model} only within the paper.
 */
package org.tacit.benign.check;
