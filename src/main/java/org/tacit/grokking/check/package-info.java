/**
 * TDR checkers: one {@link org.tacit.verify.TheoremChecker} per checked item of seed 002 (the
 * subgradient-method lemmas of Appendix C, the sign dynamics, sparse and low-rank recovery, weight
 * decay alone, coherence and depth), each deciding the item's hypotheses by name and checking the
 * statement and its proof steps.
 *
 * <p>Layer: paper (TDR), role check; imports {@code model} only (of this paper).
 */
package org.tacit.grokking.check;
