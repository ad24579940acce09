/**
 * ZG (seed 000: benign overfitting with the model beta = v + lambda (w^2 - u^2)): the paper's
 * package. Its root holds the catalogue ({@link org.tacit.benign.ZgCatalogue}: every ZG checker
 * with its built-in instances and broken instance); the sub-packages hold the roles: {@code model}
 * (the learner model, its loss, gradient descent (2) and its exact invariants, the decompositions
 * (3)-(4), the baselines min-l2 / min-l1 / Lasso / hybrid interpolation, RIP constants, the
 * instance records, tolerances), {@code check} (the theorem checkers), {@code family} (instance
 * generators meeting the hypotheses by construction).
 *
 * <p>Layer: paper. Uses the solver layers ({@code exact}, {@code linalg}, {@code lp},
 * {@code training}) and {@code verify}; never imports another paper package, {@code experiment} or
 * {@code cli}. Inside: {@code model} imports neither {@code check} nor {@code family}; nothing
 * imports the root.
 *
 * <p>Spec: {@code spec/ZG.yaml}.
 */
package org.tacit.benign;
