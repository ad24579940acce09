package org.tacit.l1rate.model;

import org.tacit.linalg.FloatingPoint;

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

  /**
   * def-I.3 / def-I.5 identities: both sides are evaluated at 60 digits and rounded to double
   * once, so two correctly rounded doubles of equal values differ by at most 2u relative; 4u
   * allows for the rounding of the comparison itself.
   */
  public static final double DIVERGENCE_ROUNDING = 4 * FloatingPoint.UNIT_ROUNDOFF;

  /**
   * def-I.5 gradient: absolute bound on the central-difference error at 60 digits with step
   * {@code h = 1e-25}: truncation {@code h^2 / (6 x_i^2) < 1e-48} for {@code x_i >= 1/100},
   * rounding about {@code 1e-58 B / h}; 1e-30 is far above both and far below any real error.
   */
  public static final double DIVERGENCE_GRADIENT = 1e-30;

  /**
   * rem-I.1: GD runs until the contraction factor {@code (1 - 1/||A||_F^2)^K} on range(A^T) is
   * below this, so the distance of the final iterate to the limit is at most 1e-14 of the initial
   * distance; with the rounding of the iterations (about 1e-12) it stays below
   * {@link #MINIMUM_NORM_LIMIT}.
   */
  public static final double MINIMUM_NORM_CONTRACTION = 1e-14;

  /**
   * rem-I.1: relative tolerance of the distance of the GD limit to the minimum-norm solution and
   * of the range(A^T) invariant. The iteration contracts by {@code 1 - 1/||A||_F^2} per step and
   * is run until that factor's power is below 1e-14; rounding adds at most about
   * {@code K u ||A||_F^2 ||x||} ~ 1e-12 for K <= 10^4; 1e-10 covers both.
   */
  public static final double MINIMUM_NORM_LIMIT = 1e-10;

  /** rem-I.2: relative residual {@code ||Ax - y|| / max(1, ||y||)} at which the flow counts as converged. */
  public static final double FLOW_RESIDUAL = 1e-11;

  /**
   * rem-I.2: bound on the relative KKT residual {@code ||K^T(log x - log z 1)|| / max(1, ||.||)}
   * at the flow limit. Every Runge-Kutta step is a linear combination of right-hand sides in
   * {@code range(A^T)}, so it preserves the linear invariant up to rounding: about
   * (steps) x (d eps) relative, far below 1e-9 for the runs here; the printed form's residual is
   * {@code |log alpha| ||K^T 1||}, of order 1.
   */
  public static final double FLOW_KKT = 1e-9;

  /**
   * rem-I.2: a diagonal entry of R in the QR decomposition of {@code A^T} below this fraction of
   * the largest means A is numerically rank deficient (the kernel basis would be meaningless).
   */
  public static final double FLOW_RANK = 1e-8;

  /** rem-I.2: safety factor on the first-order estimate of the flow endpoint's log error. */
  public static final double FLOW_ENDPOINT_SAFETY = 10;

  /**
   * rem-I.2: absolute slack added to the allowed log distance between flow limit and projection:
   * a few rounding errors of logarithms of order 1 to 30 (about 1e-14), with room.
   */
  public static final double FLOW_LOG_SLACK = 1e-12;

  /**
   * rem-I.2: the positive witness solves {@code A x = y} when
   * {@code ||A x - y|| <= 1e-12 max(1, ||y||) max(1, ||x||)}: the residual of a computed
   * {@code y = A x} is at most {@code gamma_d ||A|| ||x||}, about 1e-15 for the sizes here.
   */
  public static final double FLOW_WITNESS_RESIDUAL = 1e-12;

  /**
   * Tolerance of {@code |<log(x^/alpha), n>|} (Lemma III.3(ii)) for a computed projection with
   * certified log-error bounds {@code bound}: the certified errors times {@code |n|}, plus the
   * rounding of the sum ({@code gamma_(d+4)} per term, {@code 2u} of each logarithm), inflated by
   * {@code 1 + gamma_(d+2)} for the rounding of this bound itself.
   */
  public static double identityTolerance(double[] n, double[] logX, double logAlpha,
      double[] bound) {
    double certified = 0;
    double rounding = 0;
    for (int i = 0; i < n.length; i++) {
      if (n[i] != 0) {
        double term = Math.abs(n[i]) * Math.abs(logX[i] - logAlpha);
        certified += Math.abs(n[i]) * bound[i];
        rounding += term * FloatingPoint.gamma(n.length + 4)
            + Math.abs(n[i]) * 2 * FloatingPoint.UNIT_ROUNDOFF * (Math.abs(logX[i]) + Math.abs(logAlpha));
      }
    }
    return (certified + rounding) * (1 + FloatingPoint.gamma(n.length + 2));
  }

  /**
   * Tolerance of the band check in log10 units: the projection's coordinates carry a certified
   * relative error of ~1e-12 and double-precision constants ~1e-12 relative; 1e-8 leaves four
   * orders of headroom while staying far below the band widths (>= 1e-3).
   */
  public static final double RATE_BAND = 1e-8;

  private L1RateTolerances() {}

  /** The relative tolerance for sides {@code lhs}, {@code rhs} (see the class comment). */
  public static double relative(double certifiedError, double magnitude, double lhs, double rhs) {
    return (certifiedError + ROUNDING * magnitude) / org.tacit.verify.Margins.scale(lhs, rhs);
  }
}
