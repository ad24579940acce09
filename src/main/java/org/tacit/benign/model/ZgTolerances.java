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

  // ---- The gradient-flow limit (ZG-DER-MIRROR) and the O(eta) discrepancy of GD

  /**
   * Target of the dual Newton solve of {@link MirrorFlowLimit}: the residual
   * {@code ||X phi(X^T mu) - y||} must fall below this factor times the rounding scale
   * {@code || |X| |beta| ||_2 + ||y||_2}: {@code 8 (gamma_{d+2} + u (4 + T))}, with
   * {@code T = max_j 4 kappa |z_j| + 2 |log alpha|} the largest exponent formed by {@link MirrorLink}.
   *
   * <p>Error analysis: evaluating {@code exp(2 log alpha + t)} with an argument rounded to
   * {@code u T} gives each {@code beta_j} a relative error at most {@code u (T + 4)} (the exp,
   * expm1, the products); the dot products of the residual add {@code gamma_{d+1}} of
   * {@code |X| |beta| + |y|} row by row (Higham 3.1). The exact-arithmetic fixed point therefore
   * cannot be seen below {@code (gamma_{d+2} + u (T + 4))} times the scale; the factor 8 leaves
   * room for the last Newton step's own rounding (Newton converges quadratically, so the iterate
   * one step before the floor is at most the square of a quantity below 1).
   *
   * @param d columns of X
   * @param largestExponent {@code T} above
   * @return the relative residual target
   */
  public static double flowLimitResidual(int d, double largestExponent) {
    return 8 * (FloatingPoint.gamma(d + 2)
        + FloatingPoint.UNIT_ROUNDOFF * (4 + largestExponent));
  }

  /**
   * Estimate of the forward error of the computed flow limit:
   * {@code 2 correctionNorm + relativeTarget ||beta||}.
   *
   * <p>Error analysis: the computed {@code beta = phi(X^T mu)} is the exact limit for the labels
   * {@code y + r}; removing r moves the minimizer by the primal Newton correction to first order
   * (the factor 2 covers the second-order term when the correction is small, as it is at the
   * residual floor); each coordinate of {@code beta} carries in addition the relative rounding of
   * {@link MirrorLink}, at most {@code relativeTarget} (see {@link #flowLimitResidual}). An
   * estimate, not a rigorous bound: the checks use it only as a floor that the measured
   * O(eta) discrepancies must exceed by a factor 100.
   *
   * @param correctionNorm the primal Newton correction of the solution
   * @param relativeTarget the solution's relative residual target
   * @param betaNorm {@code ||beta||_2}
   * @return the estimate
   */
  public static double flowLimitForwardError(double correctionNorm, double relativeTarget,
      double betaNorm) {
    return 2 * correctionNorm + relativeTarget * betaNorm;
  }

  /**
   * Relative threshold of numerical full row rank in the flow checks:
   * {@code lambda_min(X X^T) > flowRank(n, d) trace(X X^T)} with
   * {@code flowRank = 100 (gamma_d + 10 n^2 u)}.
   *
   * <p>Error analysis: each computed Gram entry is within {@code gamma_d |x_i| |x_l|} of the exact
   * one, so the computed matrix is within {@code gamma_d trace} in Frobenius norm; the symmetric
   * eigenvalue solver adds at most {@code 10 n^2 u ||G||_F <= 10 n^2 u trace}. By Weyl an exactly
   * singular {@code X X^T} therefore shows {@code lambda_min <= (gamma_d + 10 n^2 u) trace}; the
   * factor 100 keeps rank-deficient designs out with margin, and the family's designs
   * ({@code lambda_min / trace} of order 1e-2) pass by many decades.
   *
   * @param n rows of X
   * @param d columns of X
   * @return the threshold relative to {@code trace(X X^T)}
   */
  public static double flowRank(int n, int d) {
    return 100 * (FloatingPoint.gamma(d) + 10.0 * n * n * FloatingPoint.UNIT_ROUNDOFF);
  }

  /**
   * Loss at which the gradient-flow oracle check stops GD: {@code 1e-26}, i.e. a residual
   * {@code ||r|| = sqrt(2 n L) ~ 1e-12} for n <= 10 (the family of the check), three decades above
   * the rounding floor {@code gamma_d ||X|| ||beta||} of the residual for its O(1) data and far
   * below the O(eta) discrepancies (about 1e-4) that the check measures; see
   * {@link #flowGradientDescentFloor}.
   */
  public static final double FLOW_GD_LOSS = 1e-26;

  /**
   * Estimate of how far GD stopped at loss {@code L} still is from its own limit:
   * {@code 2 sqrt(2 n L) sqrt(max_j phi'(z_j) / lambda_min(X X^T))}.
   *
   * <p>Error analysis: the remaining path removes the residual {@code r} ({@code ||r|| =
   * sqrt(2 n L)}) and moves beta by {@code D X^T (X D X^T)^{-1} r} to first order ({@code D} the
   * diagonal of {@code phi'} along the path); {@code ||D X^T (X D X^T)^{-1}|| <=
   * sqrt(max D / (min D lambda_min(X X^T)))} and {@code min D >= 1} for model (1); factor 2 for the
   * variation of D along the remaining path. An estimate used as a floor (see above).
   *
   * @param loss the loss at which GD stopped
   * @param n samples
   * @param largestDerivative {@code max_j phi'(z_j)} at the flow limit
   * @param lambdaMinGram {@code lambda_min(X X^T) > 0}
   * @return the estimate
   */
  public static double flowGradientDescentFloor(double loss, int n, double largestDerivative,
      double lambdaMinGram) {
    return 2 * Math.sqrt(2 * n * loss) * Math.sqrt(largestDerivative / lambdaMinGram);
  }

  /**
   * Rounding allowance of the invariant inequalities {@code log(w_k/alpha) -+ 2 lambda v_k <= 0}
   * after {@code steps} GD steps: {@code 4 steps u (1 + vScale)} with
   * {@code vScale = max_k 2 lambda |v_k|}.
   *
   * <p>Error analysis: each update {@code w <- w - eta (2 lambda g) w} is one multiply-add, so it
   * changes {@code log w} by its exact value plus at most {@code 2u}; the additive update of v
   * adds at most {@code u |v|} per step to v, hence {@code 2 lambda u |v|} to the defect; the final
   * log, division and product add a few u. The exact-arithmetic defect is {@code <= 0} because
   * {@code log(1 - x) + x <= 0}; the same g is used in w, u and v, so the rounding of g itself
   * cancels.
   *
   * @param steps GD steps taken
   * @param vScale {@code max_k 2 lambda |v_k|}
   * @return the allowance
   */
  public static double gdInvariantRounding(long steps, double vScale) {
    return 4 * (steps + 2) * FloatingPoint.UNIT_ROUNDOFF * (1 + vScale);
  }

  /**
   * Tolerance on the ratios {@code e(eta)/e(eta/2)} (distance of GD to the flow limit, and the
   * invariant defect) against 2, relative: 0.25.
   *
   * <p>Analysis: {@code e(eta) = C1 eta + C2 eta^2 + ...}, so the ratio is
   * {@code 2 (1 + C2 eta / (2 C1) + O(eta^2))}; the family chooses eta at 1/10 of the stability
   * limit, where the measured ratios lie in [1.99, 2.03] (calibration on the family's seeds), and the floors of both computations are checked to be 100 times below
   * {@code e(eta/4)}, so rounding moves the ratio by less than 0.02. A first-order method with the
   * wrong limit would show a ratio near 1 (a constant offset), outside the band.
   */
  public static final double FLOW_ORDER_RATIO = 0.25;

  /**
   * Bound on {@code ||2 beta_GD(eta/2) - beta_GD(eta) - beta_flow||} relative to
   * {@code e(eta/2)}: 0.5. Richardson extrapolation cancels the O(eta) term, leaving
   * {@code O(eta^2)}, i.e. at most {@code 2 |C2| eta^2 / 4}; relative to {@code e(eta/2) ~ C1 eta/2}
   * that is {@code |C2| eta / C1}, measured 0.01 to 0.04 on the family; 0.5
   * leaves room, and an offset of the limit (not O(eta)) would survive extrapolation at full size
   * (ratio about 1).
   */
  public static final double FLOW_RICHARDSON = 0.5;

  // ---- Data conditions and technical lemmas

  /**
   * Significant decimal digits of the rigorous enclosures of Lemma B.9's recursion
   * ({@link ScalarRecursionEnclosure}). Not a tolerance: the enclosures are rounded outward, so
   * they are valid at any precision; 60 digits keep their relative width below about
   * {@code 10^-57} after a few hundred steps (the width grows at most by the Lipschitz factor of
   * f, at most {@code (1 + h)^2 <= 2.25} on {@code [0, mu]}, but shrinks by {@code |f'(mu)| =
   * |1 - 2h| < 1} near the fixed point), far below any band {@code eps / mu >= 10^-20} drawn.
   */
  public static final int SCALAR_RECURSION_DIGITS = 60;

  /**
   * Relative tolerance of Lemma B.9's check {@code T* <= (8/7)(1/h)(ln(mu/z_0) + ln(mu/eps)) + 2}
   * in double (the integer T* is exact; only the right side is rounded). Each quotient
   * {@code mu/z_0}, {@code mu/eps} is rounded once from exact rationals (relative error u, so
   * absolute error u in its logarithm), {@code Math.log} adds at most 1 ulp (u |ln|), and the
   * sum, the product by {@code 8/(7h)} and the final addition add {@code gamma_4} relative. Since
   * {@code z_0 + eps <= mu} gives {@code z_0 eps <= mu^2/4}, the sum of logarithms is at least
   * {@code ln 4 > 1.38}, so the absolute errors {@code 2u} are below {@code 1.5u} of it: in total
   * below {@code gamma_8}; we use {@code gamma_16}.
   */
  public static final double SCALAR_RECURSION_TIME_BOUND = org.tacit.linalg.FloatingPoint.gamma(16);

  /**
   * Relative tolerance of Lemma B.10's real-power checks {@code sum_i |alpha_i|^{2k} <=
   * ||alpha||_inf^{2k-2} ||alpha||_2^2 <= (||alpha||_2^2)^k} in double, for a vector of length d
   * and exponent {@code k >= 1}. Error analysis: {@code Math.pow} is within 1 ulp ({@code 2u}
   * relative); a sum of d non-negative terms adds {@code gamma_d}; raising a value with relative
   * error {@code theta} to the power k multiplies the error by k, so the right side
   * {@code (sum alpha_i^2)^k} carries {@code k (gamma_{d+1}) + 2u}, the middle one
   * {@code (2k - 2) 2u + gamma_{d+2}}, the left {@code gamma_{d+2}}; every side is within
   * {@code (2k + 2) gamma_{d+2}}, and a comparison of two such sides within twice that:
   * {@code (4k + 4) gamma_{d+2}}.
   */
  public static double hadamardRealPower(int d, double k) {
    return (4 * k + 4) * org.tacit.linalg.FloatingPoint.gamma(d + 2);
  }

  /**
   * Accuracy of the double RIP constant {@link RipConstant} relative to {@code 1 + delta_k}, for
   * {@code n, d <= 12}. Error analysis: each entry of {@code A = X^T X / n} is a sum of n products
   * ({@code |fl(A) - A| <= gamma_{n+1} (|X|^T |X|)/n} entrywise, and for the Gram matrix
   * {@code (|X|^T|X|)_ij / n <= sqrt(A_ii A_jj) <= 1 + delta_1}); a {@code k x k} perturbation E of
   * the block moves its eigenvalues by at most {@code ||E||_2 <= k max |E_ij| <= k gamma_13
   * (1 + delta)}; the Jacobi method adds a backward error {@code O(k u ||A_SS - I||_F)} per sweep, at
   * most about {@code 10 k^2 u (1 + delta)} over its sweeps. For {@code k <= 12}: below
   * {@code 12 * 13 u + 1440 u < 2e-13}; 1e-12 leaves a factor 5.
   */
  public static final double RIP_EIGEN = 1e-12;

  /**
   * Slack added to the double RIP estimate before the exact certificate {@link RipCertificate}
   * tests it: {@code delta_hi = delta_hat + slack (1 + delta_hat)}. Not a tolerance of any check
   * (the certificate is exact either way); it must exceed {@link #RIP_EIGEN} so that the exact test
   * succeeds, and it sets the enclosure width.
   */
  public static final double RIP_CERTIFICATE_SLACK = 1e-9;

  /**
   * Largest accepted width {@code delta_hi - delta_lo} of a certified RIP enclosure relative to
   * {@code 1 + delta_hi}: the slack {@link #RIP_CERTIFICATE_SLACK}, plus the estimate's error
   * {@link #RIP_EIGEN}, plus the witness's Rayleigh-quotient deficit (quadratic in the eigenvector's
   * error, below 1e-20 for well-separated extremes, at most {@code 2 RIP_EIGEN} in general):
   * below {@code 1.01e-9}; 2e-9 states the accuracy the certificates deliver.
   */
  public static final double RIP_ENCLOSURE = 2e-9;

  private ZgTolerances() {}
}
