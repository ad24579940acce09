package org.tacit.exact;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The exact solution set of a linear system {@code A x = b}: empty, one point, or an affine family
 * {@code particular + span(nullSpaceBasis columns)}.
 *
 * <p>Contract: when {@code kind} is {@link Kind#NONE} the particular solution is null and the
 * basis has no columns; otherwise {@code A particular = b} exactly and {@code nullSpaceBasis} is a
 * basis of {@code ker A} stored as columns (zero columns for {@link Kind#UNIQUE}).
 *
 * <p>Spec: foundation for exact solves (design brief, layer 1).
 *
 * @param kind how many solutions there are
 * @param particular one solution, or null if there is none
 * @param nullSpaceBasis a basis of the kernel of A as columns (d rows)
 */
public record LinearSolution(Kind kind, BigRational @Nullable [] particular,
    RationalMatrix nullSpaceBasis) {

  /** How many solutions a system has. */
  public enum Kind {
    /** The system is inconsistent. */
    NONE,
    /** Exactly one solution. */
    UNIQUE,
    /** Infinitely many solutions: a particular solution plus the kernel. */
    FAMILY
  }

  /** Compact canonical constructor: copies the particular solution. */
  public LinearSolution {
    particular = particular == null ? null : particular.clone();
  }

  /** One solution (a copy), or null when the system is inconsistent. */
  @Override
  public BigRational @Nullable [] particular() {
    return particular == null ? null : particular.clone();
  }
}
