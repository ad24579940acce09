package org.tacit.lp;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * A linear program with what its construction proves about it: the status, and for a
 * feasible-bounded program the objective values of the primal point and dual pair it was built
 * from, which sandwich the optimum ({@code dualWitnessValue <= optimum <= primalWitnessValue} for a
 * minimization, reversed for a maximization).
 *
 * @param program the program
 * @param expected the status the construction guarantees
 * @param primalWitnessValue objective at the constructed feasible point, or null
 * @param dualWitnessValue dual objective of the constructed dual feasible pair, or null
 * @param description how it was built (kind and sizes)
 */
public record LpInstance(LinearProgram program, LpStatus expected,
    @Nullable BigRational primalWitnessValue, @Nullable BigRational dualWitnessValue,
    String description) {}
