package org.tacit.lp;

/**
 * The outcome of an l1 minimizer's uniqueness decision (see {@link NonnegativeL1Minimizer} and
 * {@link SignedL1Minimizer}; proof in {@code proofs-notes/MS/uniqueness.md}).
 *
 * <p>Spec: {@code MS:asm-II.1} part (c).
 */
public enum L1Uniqueness {
  /** The minimizer is unique and other feasible points exist (positive uniqueness gap). */
  UNIQUE(true),
  /** The minimizer is unique because it is the only feasible point (no feasible direction). */
  UNIQUE_ONLY_SOLUTION(true),
  /** The columns of A on the support are dependent: {@code x* +- t z} are further minimizers. */
  NOT_UNIQUE_DEPENDENT_SUPPORT(false),
  /** A feasible direction does not increase the l1 norm: the uniqueness gap is zero. */
  NOT_UNIQUE_FLAT_DIRECTION(false),
  /** The system has no (nonnegative, for the nonnegative problem) solution. */
  NO_SOLUTION(false);

  private final boolean unique;

  L1Uniqueness(boolean unique) {
    this.unique = unique;
  }

  /** Whether a minimizer exists and is unique. */
  public boolean isUnique() {
    return unique;
  }
}
