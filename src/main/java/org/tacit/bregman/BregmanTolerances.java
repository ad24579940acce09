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

  /**
   * First ridge {@code tau I} added to the equilibrated Newton Hessian when rounding makes a
   * Cholesky pivot non-positive. Equilibration by powers of two puts the diagonal in [1/2, 2], so a
   * non-positive pivot means an eigenvalue within a few {@code m u} of zero; a ridge of about
   * 100 u lifts it past that rounding level while perturbing the matrix by 1e-14 relative to its
   * diagonal (a Levenberg step, still a descent direction). Accuracy does not depend on it: the
   * certificate bounds the solve error by the residual against the unperturbed matrix.
   */
  public static final double RIDGE_START = 1e-14;

  /** Factor by which the ridge grows on each further failed Cholesky attempt. */
  public static final double RIDGE_GROWTH = 100;

  /**
   * Largest ridge tried before the Newton system is declared not positive definite: 1e6 is far
   * above the diagonal (at most 2) of the equilibrated Hessian, so a matrix that still fails is not
   * a rounding-perturbed positive semidefinite one (a bug, reported as such).
   */
  public static final double RIDGE_MAX = 1e6;

  /**
   * The eigensolver assumption of the certificate's error model (stated in
   * {@link EntropyProjection}): a computed eigenvalue of the m x m scaled Hessian H is within
   * {@code EIGENVALUE_ERROR_FACTOR m^2 u ||H||_F} of the exact one. Cyclic Jacobi
   * ({@link org.tacit.linalg.SymmetricEigen}) is backward stable with
   * {@code ||E||_F <= c m u ||H||_F} per sweep for a small constant c, and Weyl's theorem turns
   * the backward error into the eigenvalue error; {@code 10 m^2} allows {@code c s <= 10 m} for
   * s sweeps (Jacobi typically needs 6-10, and none for m = 1). Lowering it would weaken the
   * assumption the lower bound mu rests on.
   */
  public static final double EIGENVALUE_ERROR_FACTOR = 10.0;

  /**
   * Relative enlargement of the fixed-point radius tau before the self-map check
   * {@code image(tau) <= tau}: the iteration approaches the smallest fixed point from below, and
   * the image carries a rounding factor {@code 1 + gamma_8}, so the check needs tau slightly above
   * the last iterate. 1e-6 is far above those roundings (about 1e-15) and costs only a relative
   * 1e-6 in the reported bounds; any tau that passes the check is valid, so it never makes a
   * certificate wrong.
   */
  public static final double BALL_RADIUS_INFLATION = 1e-6;

  /**
   * Iterations of {@code tau -> rho0 + pi (e^tau expm1(delta) + tau^2 e^tau / 2)} from 0 before
   * the radius is checked. The map is increasing; when the certificate applies (rho0 and pi
   * small) it contracts near its smallest fixed point and the iterates converge geometrically, so
   * 200 steps reach it to rounding even for a contraction factor of 0.8 ({@code 0.8^200 ~ 1e-19}).
   * A run stopped early below the fixed point fails the self-map check: the certificate is then
   * not issued, never wrong.
   */
  public static final int MAX_RADIUS_ITERATIONS = 200;

  /**
   * Decimal guard digits of {@link HighPrecisionEntropyProjection} above its requested digits:
   * the residuals and dual-objective differences of the reference Newton cancel leading digits;
   * ten extra digits keep the returned logs, rounded to the requested digits, unaffected by the
   * working precision.
   */
  public static final int HIGH_PRECISION_GUARD_DIGITS = 10;

  /**
   * The reference Newton stops at a row-relative residual of {@code 10^(this - digits)}: five
   * orders above the requested resolution, where the residual is still resolved by the working
   * precision (digits plus the guard digits), and small enough for the {@code digits - c}
   * significant digits of its contract (c the log10 of the Hessian's condition number).
   */
  public static final int HIGH_PRECISION_RESIDUAL_DIGITS = 5;

  /** Largest change of any log x_i in one step of the reference Newton iteration. */
  public static final int HIGH_PRECISION_LOG_STEP_CAP = 10;

  /**
   * Newton iterations of the reference before it reports non-convergence: from lambda = 0 the
   * capped steps need about {@code |log x*_i - log alpha| / 10} iterations, plus the quadratic
   * phase; for the alphas it serves (at least 1e-300, {@code |log alpha| <= 691}) that is at
   * most about a hundred, so 3000 only stops a run that does not converge.
   */
  public static final int HIGH_PRECISION_MAX_ITERATIONS = 3000;

  /**
   * Step halvings of the reference line search before it reports non-convergence: after 300 the
   * step is {@code 2^-300 ~ 1e-90} of the capped Newton step, so the line search has stalled.
   */
  public static final int HIGH_PRECISION_MAX_HALVINGS = 300;

  private BregmanTolerances() {}
}
