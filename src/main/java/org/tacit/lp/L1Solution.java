package org.tacit.lp;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * A minimizer of an l1 problem over {@code A x = y} (nonnegative or signed) with its uniqueness
 * decision.
 *
 * <p>Contract: when {@code uniqueness} is {@link L1Uniqueness#NO_SOLUTION}, {@code x} and
 * {@code support} are empty and {@code value} is null. Otherwise {@code x} is an optimal point
 * (exact in exact mode, the exact value of the double solver's doubles otherwise), {@code value}
 * its optimal objective, {@code support} the indices where {@code x} is non-zero (in double mode:
 * beyond {@link L1Tolerances#DECISION}), and:
 * <ul>
 *   <li>{@code gap} is the uniqueness gap (nonnegative problem: {@code 1 - rho}, the minimum of
 *       {@code 1^T n} over the slice of the feasible cone; signed: {@code 1 + min sign^T h_S} over
 *       its slice): positive iff unique when a feasible direction exists; null when no LP was
 *       needed or possible (dependent support, or no feasible direction);</li>
 *   <li>{@code direction} is a non-zero kernel vector along which other minimizers lie when not
 *       unique (empty otherwise).</li>
 * </ul>
 *
 * <p>Spec: {@code MS:def-I.2}, {@code MS:asm-II.1}(c).
 *
 * @param uniqueness the decision and its reason
 * @param x the minimizer
 * @param value the optimal value {@code ||x||_1}
 * @param support the support of x, increasing
 * @param gap the uniqueness gap, or null
 * @param direction a direction of non-uniqueness, or empty
 * @param exact whether computed in exact arithmetic
 */
public record L1Solution(
    L1Uniqueness uniqueness,
    BigRational[] x,
    @Nullable BigRational value,
    int[] support,
    @Nullable BigRational gap,
    BigRational[] direction,
    boolean exact) {

  /** Copies the arrays. */
  public L1Solution {
    x = x.clone();
    support = support.clone();
    direction = direction.clone();
  }

  /** A copy of x. */
  @Override
  public BigRational[] x() {
    return x.clone();
  }

  /** A copy of the support. */
  @Override
  public int[] support() {
    return support.clone();
  }

  /** A copy of the direction. */
  @Override
  public BigRational[] direction() {
    return direction.clone();
  }

  /** Whether a minimizer exists and is unique. */
  public boolean unique() {
    return uniqueness.isUnique();
  }

  /** Whether the system has a feasible point. */
  public boolean feasible() {
    return uniqueness != L1Uniqueness.NO_SOLUTION;
  }

  /** One sentence explaining the uniqueness decision. */
  public String reason() {
    switch (uniqueness) {
      case UNIQUE:
        return "unique: every feasible direction strictly increases the l1 norm (gap " + gap + ")";
      case UNIQUE_ONLY_SOLUTION:
        return "unique: there is no feasible direction (the minimizer is the only feasible point)";
      case NOT_UNIQUE_DEPENDENT_SUPPORT:
        return "not unique: the columns of A on the support are linearly dependent";
      case NOT_UNIQUE_FLAT_DIRECTION:
        return "not unique: a feasible direction keeps the l1 norm (gap " + gap + ")";
      default:
        return "no feasible point: A x = y has no solution in the domain";
    }
  }

  static L1Solution noSolution(boolean exact) {
    return new L1Solution(L1Uniqueness.NO_SOLUTION, new BigRational[0], null, new int[0], null,
        new BigRational[0], exact);
  }
}
