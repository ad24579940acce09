package org.tacit.grade;

/**
 * The grader's caps on untrusted input and its one numerical constant, each with its reason.
 * Instructor tolerances (absolute, relative) come from the assignment file; these constants are
 * what the grader itself assumes.
 */
public final class GradeTolerances {

  /**
   * Largest submission file read, 1 MiB. A full answer sheet for a handful of questions on
   * instances small enough to grade by hand is a few kilobytes; anything larger is refused
   * unread (zero for every question) so a hostile file cannot exhaust memory.
   */
  public static final long MAX_SUBMISSION_BYTES = 1L << 20;

  /** Largest assignment file read, 1 MiB (the same reasoning; an instructor's file is small). */
  public static final int MAX_ASSIGNMENT_CODE_POINTS = 1 << 20;

  /** Most submission files graded in one batch; more is refused as an instructor error. */
  public static final int MAX_SUBMISSION_FILES = 10_000;

  /** Most numbers accepted in one answer (a vector or a set); a longer answer scores zero. */
  public static final int MAX_NUMBERS_PER_ANSWER = 10_000;

  /**
   * Most characters in one submitted number (string or JSON literal). A rational answer to a
   * hand-sized instance has a few digits; the cap bounds the cost of parsing and exact comparison
   * (a 10^6-digit numerator is refused before any BigInteger is built).
   */
  public static final int MAX_NUMBER_CHARACTERS = 200;

  /**
   * Largest decimal exponent accepted in a submitted number, |e| <= 400: beyond the double range
   * (about 1e308, subnormals to 1e-324), so every meaningful answer fits, while "1e999999" is
   * refused before a 10^999999 is ever built.
   */
  public static final int MAX_DECIMAL_EXPONENT = 400;

  /**
   * Relative error bound of the reference lambda_max of a symmetric n x n Hessian computed by
   * {@link org.tacit.linalg.SymmetricEigen} (cyclic Jacobi): the computed eigenvalues are exact
   * for H + E with ||E||_2 <= c n u ||H||_F (Demmel-Veselic; Golub-Van Loan 8.5), and by Weyl's
   * inequality |lambda_max computed - lambda_max| <= ||E||_2. We take c n u with c = 8, u = 2^-53
   * per dimension, i.e. the bound {@code LAMBDA_MAX_REFERENCE_FACTOR * n * ||H||_F}; it is added
   * to the instructor's tolerance so a correct exact answer is never marked wrong because of the
   * reference's own rounding, and it is the bound of the "certified" policy.
   */
  public static final double LAMBDA_MAX_REFERENCE_FACTOR = 8 * 0x1p-53;

  /** Largest Hessian dimension accepted in an assignment (the reference is O(n^3) per sweep). */
  public static final int MAX_HESSIAN_DIMENSION = 200;

  /**
   * The largest alpha of an entropy-projection question: the projection is computed for any
   * finite alpha >= 1e-300 (BregmanTolerances.MIN_ALPHA), but {@code alpha 1} must stay a finite
   * double; 1e300 keeps {@code log alpha} and the Newton iterates far from overflow.
   */
  public static final double MAX_ALPHA = 1e300;

  private GradeTolerances() {}
}
