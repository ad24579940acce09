package org.tacit.lp;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The uniqueness decision shared by the l1 minimizers ({@link NonnegativeL1Minimizer},
 * {@link SignedL1Minimizer}) once the LP has produced a minimizer x: its support S (exact, or
 * beyond the decision tolerance in double), a dependence of the columns of {@code A_S} (not
 * unique), {@code S = [d]} (the only solution), and otherwise the variant's LP over the feasible
 * directions at x, whose optimum decides between a unique minimizer (positive gap) and a flat
 * direction.
 *
 * <p>Contract: the decisions and their reasons are exactly those documented on {@link L1Solution}
 * and {@link L1Uniqueness}; exact with {@link LpPrecision#EXACT}, with the tolerances of
 * {@link L1Tolerances} otherwise. Cost: one rank test of {@code A_S} and at most one LP.
 */
final class L1UniquenessDecision {

  /** The variant's LP over the directions at x, and how to read its result. */
  interface DirectionProgram {
    /** The LP for the support mask {@code inSupport} at the minimizer {@code x}. */
    LinearProgram program(boolean[] inSupport, BigRational[] x);

    /** The uniqueness gap from the LP's optimal value. */
    BigRational gap(BigRational objective);

    /** The flat direction (in the original coordinates) from the LP's solution. */
    BigRational[] direction(LpResult result, boolean[] inSupport);

    /** A name of the LP for messages. */
    String name();
  }

  private L1UniquenessDecision() {}

  /**
   * Decides uniqueness of the minimizer {@code lpX} of {@code a}; {@code value} is the LP optimum
   * (as reported, null when the solver gives none).
   */
  static L1Solution decide(RationalMatrix a, BigRational[] lpX, @Nullable BigRational value,
      LpPrecision precision, DirectionProgram directions) {
    int d = a.cols();
    BigRational[] x = lpX;
    int[] support = NonnegativeL1Minimizer.support(x, precision);
    if (!precision.isExact()) {
      x = NonnegativeL1Minimizer.restrictTo(x, support);
    }
    BigRational[] dependence = SupportRank.kernelVector(a, support);
    if (dependence.length > 0) {
      return new L1Solution(L1Uniqueness.NOT_UNIQUE_DEPENDENT_SUPPORT, x, value, support, null,
          dependence, precision.isExact());
    }
    if (support.length == d) {
      return new L1Solution(L1Uniqueness.UNIQUE_ONLY_SOLUTION, x, value, support, null,
          new BigRational[0], precision.isExact());
    }
    boolean[] inSupport = NullSpaceSlice.mask(d, support);
    LpResult slice = precision.solver().solve(directions.program(inSupport, x));
    if (slice.status() == LpStatus.INFEASIBLE) {
      return new L1Solution(L1Uniqueness.UNIQUE_ONLY_SOLUTION, x, value, support, null,
          new BigRational[0], precision.isExact());
    }
    BigRational objective = slice.objective();
    if (slice.status() != LpStatus.OPTIMAL || objective == null) {
      throw new IllegalStateException("the " + directions.name()
          + " is bounded when A_S is injective: " + slice);
    }
    BigRational gap = directions.gap(objective);
    if (precision.signum(gap, 1.0) > 0) {
      return new L1Solution(L1Uniqueness.UNIQUE, x, value, support, gap, new BigRational[0],
          precision.isExact());
    }
    return new L1Solution(L1Uniqueness.NOT_UNIQUE_FLAT_DIRECTION, x, value, support, gap,
        directions.direction(slice, inSupport), precision.isExact());
  }
}
