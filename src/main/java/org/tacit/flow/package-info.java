/**
 * Gradient flow and gradient descent on the quadratically reparameterized least-squares loss
 * {@code ||A u^2 - y||^2} from {@code u_0 = alpha 1} ({@link
 * org.tacit.flow.QuadraticReparameterizedLoss}): the flow integrated in the log domain of
 * {@code x = u^2} by an L-stable Rosenbrock method ({@link org.tacit.flow.LogDomainGradientFlow},
 * tolerances in {@link org.tacit.flow.FlowTolerances}), gradient descent with a fixed step ({@link
 * org.tacit.flow.QuadraticGradientDescent}), and their common result ({@link
 * org.tacit.flow.FlowResult}).
 *
 * <p>Layer: solver. Imports {@code linalg} only; never a paper package, {@code experiment} or
 * {@code cli}.
 *
 * <p>Papers: MS ({@code def-I.4}, the flow and its limit; used by the check of {@code rem-I.2}
 * and the {@code ms-gd-step} reproduction).
 */
package org.tacit.flow;
