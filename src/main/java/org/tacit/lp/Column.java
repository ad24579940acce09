package org.tacit.lp;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * One variable of a {@link LinearProgram}: its name, objective coefficient and bounds
 * {@code lower <= x <= upper}; a null bound is infinite. A free variable has both bounds null, a
 * fixed one has {@code lower = upper}.
 *
 * @param name the column's name (MPS column name, or the builder's)
 * @param cost the objective coefficient {@code c_j}
 * @param lower the lower bound, or null for {@code -inf}
 * @param upper the upper bound, or null for {@code +inf}
 */
public record Column(String name, BigRational cost, @Nullable BigRational lower,
    @Nullable BigRational upper) {}
