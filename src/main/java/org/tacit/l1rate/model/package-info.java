/**
 * MS model: the quantities the theorems name, computed exactly where the mathematics allows it
 * (Assumption II.1 part by part, the null-space constants with their maximizers by LP and
 * sign-pattern branch and bound, the certified deviation {@code x_inf(alpha) - x*}, the entropy
 * divergence at high precision, the rate sweep), the instance records the checkers take, and
 * {@link org.tacit.l1rate.model.L1RateTolerances}, where every MS tolerance is stated and
 * justified.
 *
 * <p>Layer: paper (MS), role model; imports no {@code check} or {@code family} package.
 */
package org.tacit.l1rate.model;
