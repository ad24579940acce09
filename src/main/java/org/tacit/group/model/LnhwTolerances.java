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

  // ---- Appendix A: the Lie brackets and the metric witness of Theorem 1

  /**
   * Placeholder bound of the Appendix A section: exact brackets need no tolerance; the
   * finite-difference checks of this section state theirs below it.
   */
  public static final double BRACKET_EXACT = 0.0;

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

  private LnhwTolerances() {}
}
