/**
 * MS (seed 003: implicit l1 regularization of positively quadratically reparameterized linear
 * regression; the entropy Bregman projection and the rate {@code alpha^(1-rho)}): the paper's
 * package. Its root holds the catalogue ({@link org.tacit.l1rate.MsCatalogue}: every MS checker
 * with its built-in instances, JSON reader and broken instance) and the JSON formats of the users'
 * instances; the sub-packages hold the roles: {@code model} (Assumption II.1, the null-space
 * constants rho, rho~, rho^-, kappa, deviations, instances, tolerances), {@code check} (the
 * theorem checkers, one per item), {@code family} (instance generators that meet the hypotheses
 * by construction).
 *
 * <p>Layer: paper. Uses the solver layers ({@code exact}, {@code linalg}, {@code lp},
 * {@code bregman}, {@code flow}) and {@code verify}, {@code io}; never imports another paper
 * package, {@code experiment} or {@code cli}. Inside: {@code model} imports neither {@code check}
 * nor {@code family}; nothing imports the root.
 *
 * <p>Spec: {@code spec/MS.yaml}.
 */
package org.tacit.l1rate;
