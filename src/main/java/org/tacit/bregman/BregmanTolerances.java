package org.tacit.bregman;

/**
 * Numerical constants of the entropy projection solver, each with its justification.
 *
 * <p>Spec: numerical policy for MS {@code rem-I.2} projections (design brief: tolerances in one
 * place per package).
 */
public final class BregmanTolerances {

  /**
   * Newton stops when every row's residual is at most this multiple of u relative to the row's
   * own magnitude {@code sum_i |A'_ji| x_i + |y'_j|}: residuals are evaluated in compensated
   * (double-double) arithmetic, so about one rounding of that magnitude is the floor; when the
   * floor is slightly higher, the stagnation rule below ends the iteration.
   */
  public static final double RESIDUAL_FLOOR_FACTOR = 4.0;

  /**
   * A row-relative residual this small is accepted when the line search stagnates or a step no
   * longer halves it (rounding floor reached; the certificate then quantifies what it means for x).
   */
  public static final double STAGNATION_ACCEPT = 1e-10;

  /**
   * Largest change of any log x_i in one Newton step (e^30 ~ 1e13): keeps trial points finite,
   * so an overshooting step in the exponential dual never overflows; larger steps are scaled down.
   */
  public static final double LOG_STEP_CAP = 30.0;

  /** Armijo constant of the backtracking line search on the squared relative residual. */
  public static final double ARMIJO = 1e-4;

  /** Halvings of the step before the line search gives up (2^-60 is below double resolution). */
  public static final int MAX_HALVINGS = 60;

  /** Newton iterations per phase; log-step capping needs about log(1/alpha)/30 + 20 of them. */
  public static final int MAX_ITERATIONS = 400;

  /** Re-pivoting phases (greedy pivots by decreasing x); two suffice unless the order flips. */
  public static final int MAX_PHASES = 4;

  /**
   * A log x_i below this (x_i < e^-20000) means the dual diverges: the support holds no strictly
   * positive feasible point.
   */
  public static final double LOG_X_FLOOR = -20000.0;

  /**
   * Smallest supported log of a coordinate: the equilibrated Newton system works with
   * {@code sqrt(x)} scales, and {@code exp(700)} is close to the largest double, so projections
   * with a coordinate below {@code e^-1400 ~ 1e-608} are rejected with a clear message.
   */
  public static final double LOG_X_RANGE = -1400.0;

  /** Smallest alpha accepted; log alpha must stay far above {@link #LOG_X_FLOOR}. */
  public static final double MIN_ALPHA = 1e-300;

  private BregmanTolerances() {}
}
