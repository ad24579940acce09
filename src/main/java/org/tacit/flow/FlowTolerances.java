package org.tacit.flow;

/**
 * The tolerances and step-control constants of the gradient-flow integrator
 * {@link LogDomainGradientFlow}, in one place, each with its justification.
 *
 * <p>Spec: numerical policy for the flow of MS {@code def-I.4} (design brief: tolerances in one
 * place per package).
 */
public final class FlowTolerances {

  /**
   * Local error tolerance of the ROS2 integrator on log x, absolute plus relative
   * ({@code 1e-6 (1 + |log x_j|)} per coordinate and step). It governs the accuracy of the path
   * only: the limit is pinned down by the invariant {@code log x_t - log x_0 in range(A^T)},
   * which both Rosenbrock stages preserve up to rounding whatever the step, and by feasibility
   * (it is the unique KKT point of the entropy projection). So a moderate path tolerance costs
   * nothing in the accuracy of the limit, which is what Tacit compares; tightening it only makes
   * the stiff final phase take more steps.
   */
  public static final double INTEGRATION = 1e-6;

  /**
   * First trial step in flow time. Any positive value is safe: the controller rejects and shrinks
   * a step whose error estimate exceeds {@link #INTEGRATION}, or grows it by up to
   * {@link #MAX_STEP_GROWTH} per step, so 1e-3 only affects the first few steps.
   */
  public static final double INITIAL_STEP = 1e-3;

  /**
   * Safety factor of the step controller: the next step is {@code 0.9 / sqrt(err)} times the last
   * (err the error estimate relative to the tolerance; square root because the embedded error
   * estimate of ROS2 is second order in h), aiming 10% below the step that would just meet the
   * tolerance so that few steps are rejected (the usual choice: Hairer, Norsett and Wanner,
   * Solving ODEs I, Section II.4).
   */
  public static final double STEP_SAFETY = 0.9;

  /**
   * Largest factor by which the step grows from one step to the next (the factor used when the
   * error estimate is zero): the error estimate is asymptotic in h, so an unbounded
   * jump would leave the regime where it is meaningful; 5 is the usual upper end (same reference).
   */
  public static final double MAX_STEP_GROWTH = 5;

  /**
   * Smallest factor by which a step shrinks after a rejection (at most five-fold per try); also
   * the factor applied when the error estimate is not finite (a stage overflowed), since a
   * non-finite estimate says only that the step was too long.
   */
  public static final double MIN_STEP_SHRINK = 0.2;

  /**
   * The integration gives up when the step falls to {@code STEP_FLOOR_ULPS} units in the last
   * place of the flow time (at least of 1): such a step no longer advances the time, so shrinking
   * further can only loop. It happens when the stages overflow at every step length (e.g. for
   * entries near the double range); the run then ends, not converged, with that reason.
   */
  public static final double STEP_FLOOR_ULPS = 4;

  private FlowTolerances() {}
}
