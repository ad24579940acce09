package org.tacit.benign.model;

import org.tacit.linalg.FloatingPoint;

/**
 * The tolerances of the ZG checkers, in one place, each with its error analysis. All are
 * relative unless stated otherwise. Exact checks (rational arithmetic) have none. (GD divergence
 * is {@link org.tacit.training.TrainingTolerances#DIVERGENCE_FACTOR}, shared by every paper.)
 */
public final class ZgTolerances {

  // ---- The model, gradient descent (2) and its identities

  /**
   * Placeholder of this section: the exact identities need no tolerance; double-precision checks
   * of this section state theirs below it.
   */
  public static final double DYNAMICS_EXACT = 0.0;

  // ---- The baselines

  /**
   * Bound on the normalized residual {@code ||X beta - y||_2 / (||X||_F^2 ||c||_2)} of the double
   * min-l2 interpolator {@link MinimumNormInterpolator}: {@code 2 (gamma_d + gamma_{3n+1} +
   * gamma_n + 2 gamma_{d+1})}.
   *
   * <p>Error analysis (Higham, Thms 3.5, 10.3, 10.4): the computed Gram matrix is
   * {@code K + F} with {@code ||F||_2 <= gamma_d ||X||_F^2}; Cholesky solve gives
   * {@code (K + F + E) c = y} with {@code ||E||_2 <= gamma_{3n+1} ||L||_F^2 = gamma_{3n+1}
   * trace(K + F)}, so {@code ||K c - y|| <= (gamma_d + gamma_{3n+1}) ||X||_F^2 ||c||} to first
   * order; {@code beta = fl(X^T c) = X^T c + delta} with {@code ||delta|| <= gamma_n ||X||_F
   * ||c||} adds {@code ||X delta|| <= gamma_n ||X||_F^2 ||c||}; evaluating {@code X beta - y}
   * in double adds {@code gamma_{d+1} (||X||_F ||beta|| + ||y||)}, each term at most
   * {@code ||X||_F^2 ||c||} to first order. The factor 2 covers the second-order terms (all
   * gammas are below 1e-12 for n, d below 1e3). The same bound is used for the row-space defect
   * {@code ||beta - X^T c|| / ||beta||}: for beta produced as {@code fl(X^T c)} by the same
   * deterministic kernel the defect is exactly 0; for a candidate from elsewhere it certifies
   * membership in the row space to this accuracy.
   *
   * @param n rows of X
   * @param d columns of X
   * @return the bound
   */
  public static double minimumNormResidual(int n, int d) {
    return 2 * (FloatingPoint.gamma(d) + FloatingPoint.gamma(3 * n + 1) + FloatingPoint.gamma(n)
        + 2 * FloatingPoint.gamma(d + 1));
  }

  /**
   * Bound on the relative forward error {@code ||beta - beta_l2||_2 / ||beta_l2||_2} of the double
   * min-l2 interpolator against the exact one: {@code 2 (minimumNormResidual(n, d) + gamma_n)
   * ||X||_F^2 / lambda_min(X X^T)}.
   *
   * <p>Error analysis: {@code beta - beta_l2 = X^T K^{-1} (K c - y) + delta} (notation of
   * {@link #minimumNormResidual(int, int)}), so {@code ||beta - beta_l2|| <= ||K c - y|| /
   * sigma_min(X) + gamma_n ||X||_F ||c||}; with {@code ||beta_l2|| >= sigma_min(X) ||c_exact||},
   * {@code ||X||_F >= sigma_min(X)} and {@code ||c|| <= 2 ||c_exact||} (first order) the ratio
   * is at most the bound. The caller supplies {@code ||X||_F^2 / lambda_min(X X^T)} (for instance
   * from an independent eigenvalue solver, whose relative error is far below the factor 2).
   *
   * @param n rows of X
   * @param d columns of X
   * @param frobeniusOverLambdaMin {@code ||X||_F^2 / lambda_min(X X^T)}
   * @return the bound
   */
  public static double minimumNormForwardError(int n, int d, double frobeniusOverLambdaMin) {
    return 2 * (minimumNormResidual(n, d) + FloatingPoint.gamma(n)) * frobeniusOverLambdaMin;
  }

  /**
   * Tolerance, relative to the scale {@code S = ||a|| (||beta_l2|| + ||beta*||) + ||q||
   * (||P beta*|| + ||beta*||) + ||m||^2}, of the identity {@code ||a||^2 = ||q||^2 + ||m||^2} of
   * {@code ZG:rem-1.2}, where {@code a = beta_l2 - beta*}, {@code q = beta* - P beta*}, {@code m =
   * X^T K^{-1} xi}, each min-l2 solve in double: {@code 2 (2 e + gamma_{d+2})} with
   * {@code e = minimumNormForwardError(n, d, ratio)}.
   *
   * <p>Error analysis: each of the three solves has relative forward error at most e, so each
   * computed difference has absolute error at most {@code e} times the norm of the solve plus
   * {@code u} times that of {@code beta*}; a squared norm {@code ||v + dv||^2} moves by at most
   * {@code 2 ||v|| ||dv|| + ||dv||^2}, hence the {@code 2 e} times the matching term of S; the
   * dot products and subtractions add {@code gamma_{d+2}} relative to S. The outer factor 2
   * covers the second-order terms.
   *
   * @param n rows of X
   * @param d columns of X
   * @param frobeniusOverLambdaMin {@code ||X||_F^2 / lambda_min(X X^T)}
   * @return the tolerance
   */
  public static double minimumNormRiskIdentity(int n, int d, double frobeniusOverLambdaMin) {
    return 2 * (2 * minimumNormForwardError(n, d, frobeniusOverLambdaMin)
        + FloatingPoint.gamma(d + 2));
  }

  /**
   * Stopping rule of {@link Lasso}: coordinate descent stops once the duality gap is at most this
   * fraction of the primal objective, {@code P(beta) - D(u) <= 1e-10 P(beta)}. This is a
   * convergence target, not a rounding bound: the gap is a rigorous bound on the suboptimality
   * {@code P(beta) - P*} (weak duality, see {@code proofs-notes/ZG/baselines.md}), computed with
   * absolute error about {@code gamma_{n+d} (||y||^2 / n + lambda ||beta||_1)}, i.e. relative
   * error near 1e-13 for n, d up to 1e3, three decades below the target, so the target is
   * reachable and the computed gap is meaningful.
   */
  public static final double LASSO_RELATIVE_GAP = 1e-10;

  /**
   * Bound on the normalized interpolation residual of {@link HybridInterpolation},
   * {@code ||X beta_h - y|| / (||X||_F^2 ||c|| + ||X||_F ||beta_h|| + ||y||)} with c the min-l2
   * coefficients of the Lasso residual: {@code 2 (minimumNormResidual(n, d) + 3 gamma_{d+2})}.
   *
   * <p>Error analysis: the min-l2 step contributes {@link #minimumNormResidual(int, int)} times
   * {@code ||X||_F^2 ||c||}; forming the Lasso residual {@code fl(y - X beta_L)} adds
   * {@code gamma_{d+1} (||X||_F ||beta_L|| + ||y||)}, the sum {@code fl(beta_L + X^T c)} adds
   * {@code u ||X||_F ||beta_h||}, and evaluating the final residual adds {@code gamma_{d+1}
   * (||X||_F ||beta_h|| + ||y||)}; with {@code ||beta_L|| <= ||beta_h|| + ||X||_F ||c||} each is
   * at most {@code gamma_{d+2}} times the denominator. The factor 2 covers second-order terms.
   *
   * @param n rows of X
   * @param d columns of X
   * @return the bound
   */
  public static double hybridResidual(int n, int d) {
    return 2 * (minimumNormResidual(n, d) + 3 * FloatingPoint.gamma(d + 2));
  }

  // ---- Data conditions and technical lemmas

  /** Placeholder of this section (see above). */
  public static final double TECHNICAL_EXACT = 0.0;

  private ZgTolerances() {}
}
