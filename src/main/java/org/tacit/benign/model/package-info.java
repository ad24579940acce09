/**
 * ZG model: the learner {@code beta = v + lambda (w o w - u o u)}, the loss
 * {@code ||X beta - y||^2 / (2n)}, gradient descent (2) in double and exactly with its invariants,
 * the decompositions (3)-(4), the baselines, RIP constants, the instance records the checkers take,
 * and {@link org.tacit.benign.model.ZgTolerances}, where every ZG tolerance is stated and
 * justified.
 *
 * <p>Layer: paper (ZG), role model; imports no {@code check} or {@code family} package.
 */
package org.tacit.benign.model;
