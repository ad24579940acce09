/**
 * LNHW model: the group partition and the grouped parameterization {@code w = (Du)^2 o v}, the
 * loss in the paper's normalisation {@code L_n = ||y - Xw||^2 / (2n)} and the two others the
 * paper and the authors' code use, its gradients in double and exact arithmetic, designs with
 * their within-group and between-group constants (Assumption 1), the Appendix A-D quantities, the
 * instance records the checkers take, and {@link org.tacit.group.model.LnhwTolerances}, where
 * every LNHW tolerance is stated and justified.
 *
 * <p>Layer: paper (LNHW), role model; imports no {@code check} or {@code family} package.
 */
package org.tacit.group.model;
