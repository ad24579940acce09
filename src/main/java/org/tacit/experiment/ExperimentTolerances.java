package org.tacit.experiment;

/**
 * The tolerances and run budgets of the reproductions, in one place, each with its justification.
 * A run that exhausts a budget is never used silently: it is a row with {@code converged = false}
 * and its reason.
 *
 * <p>Spec: numerical policy for the reproductions of {@code NRSS:fig-1} to {@code NRSS:fig-6} and
 * the MS gradient-descent comparison (design brief: tolerances in one place per package).
 */
public final class ExperimentTolerances {

  /**
   * Training loss {@code (1/2N) ||y - f||^2} below which a GD run of the NRSS reproductions
   * counts as converged. At loss L the residual norm is {@code sqrt(2 N L)}, at most 1e-4 for the
   * Section 7 data ({@code N <= 50}); the end point is then that close to an interpolator, and the
   * Hessian's residual term (a column of {@code nrss-fig2}) bounds how far the Lemma 4.1 sandwich
   * can be off there. Both are far below the test losses and lambda_max values the figures plot on
   * log scales, so the plotted quantities are those of the solution GD converges to.
   */
  public static final double TRAINING_LOSS = 1e-10;

  /**
   * Relative residual {@code ||A x - y|| <= this max(1, ||y||)} at which the gradient flow and
   * gradient descent of {@code ms-gd-step} stop. The experiment compares their two limits, whose
   * relative l1 distance shrinks about proportionally to eta (tiny sweep: 2.4e-4 at
   * {@code etaMax 2^-2}), so it is of order 1e-5 at the smallest step of the full sweep
   * ({@code etaMax 2^-6}); stopping 1e-12 from the feasible set perturbs each limit by orders of
   * magnitude less.
   */
  public static final double LIMIT_RESIDUAL = 1e-12;

  /**
   * Flow time budget of the gradient flow in {@code ms-gd-step}: the flow is integrated with
   * adaptive steps that grow as it settles, so a long horizon costs few steps and only stops a
   * flow that does not reach {@link #LIMIT_RESIDUAL}.
   */
  public static final double FLOW_MAX_TIME = 1e6;

  /**
   * Step budget of gradient descent in {@code ms-gd-step}: the smallest step of the tiny sweep
   * converges in under 500 steps and the step count is inversely proportional to eta, so the full
   * sweep (eta sixteen times smaller) needs about ten thousand; 2e7 only stops runs that do not
   * converge.
   */
  public static final long GD_MAX_STEPS = 20_000_000;

  /**
   * Relative gap {@code upper - lower <= this upper} at which the cutting-plane computation of
   * min lambda_max ({@code nrss-fig2}) stops. The step grid is fractions 0.1 to 0.95 of
   * {@code 2 / min lambda_max}, at least 5% apart, so a 1e-6 relative error in the anchor moves
   * every step size far less than the grid spacing; the upper end is used, so an early stop only
   * makes the steps slightly smaller (on the stable side).
   */
  public static final double MIN_LAMBDA_MAX_GAP = 1e-6;

  /** Cut budget of the same computation (the gap is usually reached in far fewer cuts). */
  public static final int MIN_LAMBDA_MAX_CUTS = 100;

  /**
   * A grid line computed within this of the plot frame (in pixels, or in tick steps for the loop
   * over y ticks) still counts as inside it: positions come from a few floating operations on
   * numbers below 1e4, so a line exactly at the frame may land about 1e-13 outside; 1e-9 keeps it
   * and admits nothing visibly outside.
   */
  public static final double PLOT_TICK_SLACK = 1e-9;

  private ExperimentTolerances() {}
}
