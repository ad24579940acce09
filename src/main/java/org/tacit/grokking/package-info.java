/**
 * TDR (seed 002: grokking beyond the Euclidean norm): the paper's package. Its root holds the
 * catalogue ({@link org.tacit.grokking.TdrCatalogue}: every TDR checker with its built-in
 * instances and broken instance, assembled from one list per part of the paper); the
 * sub-packages hold the roles: {@code model} (the loss {@code g(a) = ||X a - y||^2 / 2}, the
 * regularizers l1, l2^2/2 and nuclear norm with their subgradients, subgradient descent on
 * {@code f = g + beta h} with its memorization and generalization steps, the instance records,
 * {@link org.tacit.grokking.model.TdrTolerances}), {@code check} (the theorem checkers),
 * {@code family} (instance generators meeting the hypotheses by construction).
 *
 * <p>Layer: paper. Uses the solver layers ({@code exact}, {@code linalg}, {@code lp},
 * {@code training}) and {@code verify}; never imports another paper package, {@code experiment} or
 * {@code cli}. Inside: {@code model} imports neither {@code check} nor {@code family}; nothing
 * imports the root.
 *
 * <p>Spec: {@code spec/TDR.yaml}.
 */
package org.tacit.grokking;
