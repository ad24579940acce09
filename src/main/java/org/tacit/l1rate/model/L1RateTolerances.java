package org.tacit.l1rate.model;

/**
 * Numerical constants of the Theorem II.2 checkers, each with its justification.
 *
 * <p>Every check of a double inequality {@code L <= R} (or identity) is decided with relative
 * tolerance {@code (certifiedError + ROUNDING * magnitude) / max(|L|, |R|)}, where
 * {@code certifiedError} bounds the effect of the projection's certified log errors on the
 * checked sides (derived per check in the checkers) and {@code magnitude} is the sum of the
 * absolute values of the terms evaluated. No tolerance is a free parameter.
 *
 * <p>Spec: numerical policy of the {@code MS:thm-II.2} checkers.
 */
public final class L1RateTolerances {

  /**
   * Rounding allowance per unit of evaluated magnitude (the sum of the absolute values of the
   * numbers combined): a side is a sum of at most 32 products of doubles, logs and exps, whose
   * floating-point error is at most gamma_40 ~ 4.4e-15 times that magnitude (each operation
   * within 1 ulp, Math.log/Math.exp within 1 ulp, x* rounded once to double); 1e-13 leaves a
   * factor 20 for the exponentials of rounded arguments, whose absolute argument errors are
   * included in the magnitude.
   */
  public static final double ROUNDING = 1e-13;

  /**
   * The lower-bound families stay this far (relatively) inside the hypothesis C eps^(1-rho) <= 1,
   * so that the checker's strict double evaluation of the hypothesis cannot reject them by a
   * rounding of order 1e-15; the boundary itself is covered by the exact erratum tests.
   */
  public static final double HYPOTHESIS_INSET = 1e-9;

  /**
   * Relative margin by which a branch-and-bound node's double LP bound must exceed the exact
   * incumbent (and its double point fall short of it) for the node to skip its exact solve
   * ({@link SignPatternSearch}). It affects only speed, never the result: a node is pruned, and
   * the incumbent changes, only on exact values. The double simplex method's objective is
   * accurate to about 1e-12 relative on these slices (certificate tolerance
   * {@code LpTolerances.DOUBLE_CERTIFICATE}); 1e-9 keeps borderline nodes on the exact path.
   */
  public static final double SCREEN_MARGIN = 1e-9;

  private L1RateTolerances() {}

  /** The relative tolerance for sides {@code lhs}, {@code rhs} (see the class comment). */
  public static double relative(double certifiedError, double magnitude, double lhs, double rhs) {
    return (certifiedError + ROUNDING * magnitude) / org.tacit.verify.Margins.scale(lhs, rhs);
  }
}
