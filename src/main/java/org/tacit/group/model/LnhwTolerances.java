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

  private LnhwTolerances() {}
}
