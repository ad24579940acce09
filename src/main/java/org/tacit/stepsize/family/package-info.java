/**
 * NRSS instance families: data sets with solutions constructed exactly, GD runs constructed to
 * converge (retried with smaller steps and larger budgets), and the Appendix D families; each
 * meets its checker's hypotheses by construction, and the checkers verify them again.
 *
 * <p>Layer: paper (NRSS), role family; imports {@code model}, never {@code check}.
 */
package org.tacit.stepsize.family;
