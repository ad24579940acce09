/**
 * LNHW (seed 004: Li, Nguyen, Hegde, Wong, "Implicit regularization for group sparsity"): the
 * paper's package. Its root holds the catalogue ({@link org.tacit.group.LnhwCatalogue}: every LNHW
 * checker with its built-in instances and broken instance); the sub-packages hold the roles:
 * {@code model} (the group partition, the parameterization w_i = u_{g(i)}^2 v_i, the loss in its
 * three normalisations with exact gradients, designs and their delta_in / delta_out, Algorithms 1
 * and 2, the scalar recursions of Appendices C and D, instances, tolerances), {@code check} (the
 * theorem checkers), {@code family} (instance generators meeting the hypotheses by construction).
 *
 * <p>Layer: paper. Uses the solver layers ({@code exact}, {@code linalg}, {@code training}) and
 * {@code verify}; never imports another paper package, {@code experiment} or {@code cli}. Inside:
 * {@code model} imports neither {@code check} nor {@code family}; nothing imports the root.
 *
 * <p>Spec: {@code spec/LNHW.yaml}.
 */
package org.tacit.group;
