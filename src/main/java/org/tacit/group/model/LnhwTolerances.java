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
  // (none: every check of this part is exact, in rational arithmetic)

  // ---- Appendix C and D: the scalar and single-group recursions

  /**
   * The double simulator of one step of (4)-(5) ({@link SingleGroupSimulator}) against the exact
   * step, per unit of the step's condition scale. Rounding the inputs to double and evaluating
   * each entry of {@code z} (four products and three sums) errs by at most {@code gamma_7} of the
   * sum {@code T_i} of the absolute values of its terms; normalising adds {@code gamma_(d+3)}, and
   * dividing by {@code ||z||} turns the absolute error into at most
   * {@code 2 gamma_7 max_i T_i / ||z|| + gamma_(d+3)}; the magnitude step (5) errs by at most
   * {@code gamma_(d+8)} relative to {@code u (1 + 2 gamma ((u*)^2 + u^2 + |e|))} plus the effect of
   * the rounded direction. For dimensions {@code d <= 8} all of these are below {@code gamma_16}
   * times the scale the checker passes; {@code gamma_32} leaves a factor 2.
   */
  public static final double SINGLE_GROUP_STEP = FloatingPoint.gamma(32);

  /**
   * Decimal digits of the {@link org.tacit.exact.BigDecimalMath} logarithms that the time bounds
   * of Lemmas 5 and 14 are computed with (relative error below {@code 10^(2 - 60)} by that class's
   * contract; the closed forms combine at most a dozen such values with rational coefficients).
   */
  public static final int TIME_DIGITS = 60;

  /**
   * Relative slack by which a high-precision time ({@link #TIME_DIGITS} digits) is inflated or
   * deflated before an exact comparison, so that the comparison is rigorous: the values carry a
   * relative error far below {@code 1e-40} (after the cancellation of at most 16 digits in the
   * closed form of Lemma 5 for {@code sqrt(2) B >= 1e-6}), and {@code 1e-30} covers it with ten
   * orders to spare; a floor {@code floor(T (1 + slack))} may exceed {@code floor(T)} only when
   * {@code T} is within {@code 1e-30 T} of an integer, and then checks a stronger statement.
   */
  public static final String TIME_SLACK = "1e-30";

  /**
   * Hitting times of the extremal flow {@code u' = a u^2 - u^5} of Lemma 6 by their closed form in
   * double ({@link ConvergenceTimes}), compared with the printed times: the closed form is a sum of
   * five elementary terms ({@code 1/(a u)}, two logarithms, an arctangent, at two endpoints), each
   * accurate to a few ulps of its size; for {@code tau >= 1e-6} and {@code theta >= 1e-4 u*} the
   * sum of the terms' sizes is at most {@code 1e3} times {@code max(h, T)}, so the comparison errs
   * by at most {@code 1e3 * gamma_8 < 1e-12} relative; {@code 1e-10} leaves a factor 100. The
   * printed times exceed the hitting times by a factor above 5 on every tested instance, so the
   * tolerance never decides a verdict.
   */
  public static final double GROWTH_TIME = 1e-10;

  /**
   * Claims about a double run of the perturbed updates ({@link PerturbedRun}), relative: each step
   * rounds {@code u} with relative error at most {@code gamma_16} (the simulator's direction and
   * magnitude steps in dimension 3, see {@link #SINGLE_GROUP_STEP}); the magnitude map
   * {@code u -> u (1 + 2 gamma (c (u*)^2 - u^2 + e))} has logarithmic derivative in {@code [-1, 1]}
   * when {@code gamma u^2 <= 1/4} (true under the corrected step sizes, {@code gamma (u*)^2 <= 1/20}
   * and {@code u^2 <= 3 (u*)^2}), so relative errors add up without amplification: at most
   * {@code N gamma_16 < 4e-11} for the {@code N <= 2e4} steps of the built-in runs. {@code 1e-9}
   * leaves a factor 25; claims violated in the erratum tests fail by more than 10%.
   */
  public static final double PERTURBED_RUN = 1e-9;

  // ---- Section 4: Algorithms 1 and 2 and the theorems on their iterates

  /**
   * Unit norm of the normalised directions {@code v_l} of Algorithms 1 and 2:
   * {@code | ||v_l|| - 1 | <= NORMALISED}. Normalising {@code z / ||z||} rounds each entry with
   * relative error at most {@code gamma_{p_l + 3}}; the norm of the result is then within
   * {@code gamma_{2 p_l + 6}} of 1, below 1e-13 for {@code p_l <= 100}; 1e-12 leaves a factor of
   * 10.
   */
  public static final double NORMALISED = 1e-12;

  /**
   * One update of Algorithms 1 and 2 in double against an independent evaluation of the same
   * update (the literal {@code 1/u^4} form with the loss's gradient, or exact rationals):
   * absolute on entries of unit directions, relative to {@code |u_l| + |gamma grad_{u_l}|} on
   * {@code u}, each at the scale of the summed terms (the checkers pass that scale). An entry of
   * the update is a sum of at most {@code n p + p} products (rounding {@code gamma_{n+p+4}},
   * below 2e-13 for {@code n + p <= 1000}, Higham 3.1), then a normalisation
   * ({@code gamma_{p_l+3}}) and the multiplicative u-step. The exact orthogonal checks compose up
   * to 3 updates of {@code u -> u (1 + 2 gamma (m - u^2))}, whose derivative
   * {@code 1 + 2 gamma m - 6 gamma u^2} is at most 2 in modulus when
   * {@code gamma (m + u^2) <= 1/4} (as the families ensure), so errors grow at most 8-fold:
   * {@code 8 * 2e-13 < 2e-12}. 1e-11 leaves a factor of 5.
   */
  public static final double ALGORITHM_STEPS = 1e-11;

  /**
   * Inequalities on iterates of whole runs of Algorithms 1 and 2 (the milestones and error
   * bounds of Theorems 3 and 4). Each update rounds with relative error below
   * {@link #ALGORITHM_STEPS}-level terms, about {@code gamma_{n+p+4} < 2e-13}; the u-update is
   * multiplicative, so relative errors of {@code u} add up over the run rather than multiply,
   * and near the fixed point the map contracts (derivative {@code 1 - 4 gamma (u*)^2 >= 4/5});
   * over at most 2e4 updates the accumulated relative error is below {@code 2e4 * 2e-13 = 4e-9}
   * in the worst case and far less in practice (rounding errors of random sign). The directions
   * are renormalised every step, which resets their error. 1e-8 covers the worst case; the bounds
   * checked have margins of order 1 on the built-in instances.
   */
  public static final double ALGORITHM_RUN = 1e-8;

  /**
   * Comparisons of the iteration counts of Theorem 3 ({@link IterationWindow}). Each count is a
   * quotient of logarithms ({@code log}, {@code log1p}, within 1 ulp) of arguments formed with at
   * most three roundings, times at most four factors: relative error below
   * {@code 8 u (1 + 1/|log x|)} for the argument {@code x} of the logarithm. Under Theorem 3's
   * bounds on alpha ({@code alpha < (u*_max)^2/80} and {@code alpha < 1/(u*_max)^8}),
   * {@code x = (u*_max)^2/(2 alpha^2) > max(3200/(u*_max)^2, (u*_max)^18/2) >= 1333}, so
   * {@code 1/|log x| < 0.14}; {@code log(1/alpha^4)} is as well conditioned, and
   * {@code log1p(gamma m/2)} is well conditioned for any argument: every count is correct to about
   * {@code 16 u = 1.8e-15} relative (the floor in {@code m_0} is exact except at the integer
   * boundaries of {@code log_2((u*_max)^2/zeta)}, which the built-in draws hit with probability
   * 0). 1e-12 leaves a factor of 500; the relations checked have relative margins of at
   * least {@code gamma m / 8 >= 6e-8} on the built-in parameters.
   */
  public static final double ITERATION_COUNTS = 1e-12;

  // ---- Appendix D.2: Lemma 15 and Corollary 1

  /**
   * Lemma 15 simulations: the probability that a correct probability bound fails one
   * simulated-frequency check ({@link org.tacit.verify.BinomialAllowance}); with two such checks
   * per example and 100 examples per property run, a correct bound fails a run with probability
   * below 2e-5.
   */
  public static final double FALSE_ALARM = 1e-7;

  /**
   * Lemma 15's probability chain {@code p erfc(z/sqrt2) <= 2p exp(-z^2/2) = 1/(8p^3)}: each side
   * is one {@code erfc} (commons-math, relative error about 1e-15) or one {@code exp} of an
   * argument with a few ulp of error times {@code z^2/2 <= 4 log(2p) < 60}, so about 1e-13
   * relative; 1e-10 separates rounding from a violation by three orders of magnitude.
   */
  public static final double PROBABILITY_ROUNDING = 1e-10;

  // ---- Appendix E.3: Figure 12

  /**
   * Stopping rule of the group-lasso solver ({@link GroupLasso}): relative duality gap
   * {@code (P(w) - D(rho)) / P(w) <= 1e-10}. Not a rounding allowance but the accuracy asked of
   * the optimiser: the gap bounds {@code P(w) - min P} rigorously (weak duality), and on a design
   * with {@code X^T X / n = I} the objective is 1-strongly convex, so
   * {@code ||w - w_hat||^2 <= 2 gap}; 1e-10 keeps the solver's error in {@code log2 ||w - w*||^2}
   * (Figure 12) far below the spread between repetitions, and stays 100 times above
   * {@link #GROUP_LASSO_GAP_ROUNDING}, so it is reachable in double.
   */
  public static final double GROUP_LASSO_RELATIVE_GAP = 1e-10;

  /**
   * Rounding in a computed duality gap, relative to {@code P(w)}: {@code P} and {@code D} are sums
   * of {@code n <= 1000} products of doubles ({@code ||r||^2}, {@code <r, y>}, and group norms),
   * each with relative error at most {@code gamma_n = n u / (1 - n u) ~ 1.1e-13}; the two values
   * are of order {@code P}, so the computed gap is off by at most about {@code 2.2e-13 P}; 1e-12
   * leaves a factor of 4.5.
   */
  public static final double GROUP_LASSO_GAP_ROUNDING = 1e-12;

  /**
   * Convergence target of the primal-dual iteration ({@link PrimalDualIterativeRegularization})
   * on instances whose constrained minimiser is unique and known: after the tested number of
   * iterations the relative infeasibility {@code ||X w_k - y|| / ||y||} and the relative error
   * {@code ||w_k - w*|| / ||w*||} are at most 1e-6. Not a rounding allowance: a statement that the
   * iteration has converged (Chambolle-Pock converges for {@code tau sigma ||X||^2 < 1}); it is six
   * orders of magnitude below the first iterates' values (of order 1) and nine above rounding.
   */
  public static final double PRIMAL_DUAL_CONVERGENCE = 1e-6;

  private LnhwTolerances() {}
}
