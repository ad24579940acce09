package org.tacit.group.model;

import org.tacit.linalg.FloatingPoint;

/**
 * The tolerances of the LNHW checkers, in one place, each with its error analysis. All are
 * relative unless stated otherwise. Exact checks (rational arithmetic) have none. (GD divergence
 * is {@link org.tacit.training.TrainingTolerances#DIVERGENCE_FACTOR}, shared by every paper.)
 */
public final class LnhwTolerances {

  // ---- Sections 2-3: the model, the loss, the gradient flow

  /**
   * Algebraic identities between two double evaluations of the same polynomial quantity of the
   * model (gradients by the per-group formula and by the Gram formula, loss conventions), measured
   * against the sum of the absolute values of their terms: each evaluation is a sum of at most
   * {@code n p + p^2} products of at most four factors, so its rounding is at most
   * {@code gamma_{n + p + 4}} times that sum (Higham, 3.1), below 2e-13 for {@code n + p <= 1000};
   * 1e-11 leaves a factor of 50.
   */
  public static final double ALGEBRA = 1e-11;

  // ---- Section 3.2 and Appendix B: the gradient flow

  /**
   * Local relative tolerance {@code rtol} of the Dormand-Prince 5(4) integration of the flow (3)
   * ({@link DormandPrinceIntegrator}). Each accepted step has estimated local error
   * {@code rms_i(e_i / (atol + rtol |z_i|)) <= 1}, hence {@code |e_i| <= sqrt(d) (atol + rtol |z_i|)}
   * per component. 1e-11 is well above the rounding of one step ({@code gamma_{n+4}} per field
   * entry, about 1e-14 for {@code n <= 32}) and keeps runs of the built-in families below 5000 steps.
   */
  public static final double FLOW_RTOL = 1e-11;

  /**
   * Local absolute tolerance {@code atol} of the same integration: far below the state entries of
   * the built-in families ({@code u_l >= theta >= 5e-3} and {@code |v_i| >= 1e-7} on the orthogonal
   * families, {@code u_l >= 1/4} on the general ones), so that the relative part governs except for
   * entries passing through 0.
   */
  public static final double FLOW_ATOL = 1e-16;

  /** The step budget of one flow integration (a horizon beyond it is a caller's error). */
  public static final int FLOW_MAX_STEPS = 50_000;

  /**
   * The accumulated local error of a flow run, as a multiple of {@code rtol}: a run of
   * {@code steps} accepted steps on a state of dimension {@code d} commits local errors
   * {@code |e_i| <= sqrt(d)(atol + rtol |z_i|)} per step (the error estimate of the embedded
   * fourth-order solution, which bounds the error of the propagated fifth-order one asymptotically;
   * a factor 4 covers the estimate's own inaccuracy). Quantities conserved or contracted by the
   * exact flow (the Lemma 2 invariant, the component of {@code v_l} orthogonal to {@code a_l} under
   * orthogonal design) therefore drift by at most {@code 4 steps sqrt(d) rtol} times their scale.
   */
  public static double flowAccumulation(int steps, int dimension) {
    return 4.0 * steps * Math.sqrt(dimension) * FLOW_RTOL;
  }

  /**
   * Agreement, relative, between the integrated flow (3) and its orthogonal reduction
   * {@link OrthogonalFlowReduction}: a relative perturbation of {@code u_l} at time {@code s} is
   * amplified by the reduced flow by at most {@code u_l(t)/u_l(s) <= k_l / theta} (the linearised
   * relative error obeys {@code rho' = (k^3 u - 4 u^4) rho <= (u'/u) rho}); so the global relative
   * error is at most {@link #flowAccumulation} times {@code amplification = max_l k_l / theta},
   * plus the closed form's {@link #REDUCTION_TIME}.
   */
  public static double flowVersusReduction(int steps, int dimension, double amplification) {
    return flowAccumulation(steps, dimension) * Math.max(1.0, amplification) + REDUCTION_TIME;
  }

  /**
   * Relative error of a hitting time of the reduced flow, evaluated in closed form
   * ({@link OrthogonalFlowReduction#hittingTime}): at most {@code 20 u + u / (1 - x_b)} with
   * {@code x_b} the end point over the fixed point; the built-in families keep
   * {@code 1 - x_b >= 1e-3} (targets at least {@code eps / m >= 3e-3} below the fixed point), so
   * below {@code 1e-13}; 1e-11 leaves a factor 100 for the inverse map
   * {@link OrthogonalFlowReduction#magnitudeAt} (bisection to the last bit of the time map).
   */
  public static final double REDUCTION_TIME = 1e-11;

  // ---- Appendix A: the Lie brackets and the metric witness of Theorem 1

  /**
   * Placeholder bound of the Appendix A section: exact brackets need no tolerance; the
   * finite-difference checks of this section state theirs below it.
   */
  public static final double BRACKET_EXACT = 0.0;

  // ---- Appendix C and D: the scalar and single-group recursions

  /**
   * Inequalities of the scalar recursions evaluated in double: one step of a recursion
   * {@code u -> u + 2 gamma u (c - u^2)} rounds with relative error at most {@code gamma_6}; the
   * statements compare quantities that the recursion keeps inside a bounded interval, so errors do
   * not accumulate beyond {@code gamma_6} per step relative to the bound. 1e-12 covers runs of up
   * to 1e3 steps ({@code 1e3 * gamma_6 < 1.4e-12} at the worst and much less in practice: rounding
   * is contracted by the stable fixed point).
   */
  public static final double SCALAR_RECURSION = 1e3 * FloatingPoint.gamma(6);

  // ---- Section 4: Algorithms 1 and 2 and the theorems on their iterates

  /**
   * Unit norm of the normalised directions {@code v_l} of Algorithms 1 and 2:
   * {@code | ||v_l|| - 1 | <= NORMALISED}. Normalising {@code z / ||z||} rounds each entry with
   * relative error at most {@code gamma_{p_l + 3}}; the norm of the result is then within
   * {@code gamma_{2 p_l + 6}} of 1, below 1e-13 for {@code p_l <= 100}; 1e-12 leaves a factor of
   * 10.
   */
  public static final double NORMALISED = 1e-12;

  private LnhwTolerances() {}
}
