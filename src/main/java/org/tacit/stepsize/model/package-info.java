/**
 * NRSS model: the depth-D and UV diagonal networks, the loss (1) with its gradient (17) and
 * Hessian (18) in double and exact arithmetic, the spectral quantities of Section 8 and Appendix
 * A, the interpolators and the lambda_max minimizer, the Section 7 data, the diagonal-network
 * objective the shared GD loop ({@code training}) runs on, the Appendix D quantities (Gaussian
 * concentration, Rademacher complexity, the weighted l1 chain), the instance records the checkers
 * take, and {@link org.tacit.stepsize.model.StepSizeTolerances}, where every NRSS tolerance is
 * stated and justified.
 *
 * <p>Layer: paper (NRSS), role model; imports no {@code check} or {@code family} package.
 */
package org.tacit.stepsize.model;
