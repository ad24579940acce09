package org.tacit.grokking.model;

import org.tacit.linalg.FloatingPoint;

/**
 * The tolerances of the TDR checkers, in one place, each with its error analysis. All are relative
 * unless stated otherwise. Exact checks (rational arithmetic) have none. (Divergence of a training
 * run is {@link org.tacit.training.TrainingTolerances#DIVERGENCE_FACTOR}, shared by every paper;
 * the numerical rank of a polar factor is {@link org.tacit.linalg.LinalgTolerances#SVD_RANK}.)
 *
 * <p>One section per part of the paper, in the order of {@code TdrCatalogue}.
 */
public final class TdrTolerances {

  // ---- Subgradient descent (1) and the memorization / generalization steps

  /**
   * The paper's threshold for the memorization step {@code t1}: the first {@code t} with
   * {@code ||X a^(t) - y*||_2 / ||y*||_2 <= 1e-4} (captions of Figures 4, 6 and 28). A parameter of
   * the experiments, not a numerical tolerance: {@link GrokkingSteps} takes it as an argument.
   */
  public static final double PAPER_MEMORIZATION_THRESHOLD = 1e-4;

  /**
   * The paper's threshold for the generalization step {@code t2}: the first {@code t} with
   * {@code ||a^(t) - a*||_2 / ||a*||_2 <= 1e-4} (for matrices, the Frobenius norm). A parameter,
   * as above.
   */
  public static final double PAPER_GENERALIZATION_THRESHOLD = 1e-4;

  // ---- The sign dynamics and the polar-factor lemmas (SignDynamicsEntries)

  /**
   * Relative tolerance of the double-precision checks of Lemma C.45 (polar-factor perturbation)
   * and of its Wedin step (Lemma C.44), whose sides are computed from thin SVDs
   * ({@link org.tacit.linalg.Svd}) of {@code A} and {@code A - A*} ({@code k = min(n1, n2) <= 4}).
   * Error analysis: each SVD is backward stable with {@code ||dA||_F <= c u ||A||_F},
   * {@code c = O(sweeps k) <= 60 * 4}; a polar factor (and an invariant subspace) of a matrix with
   * smallest retained singular value {@code s} moves by at most about {@code 2 ||dA||_F / s}, i.e.
   * {@code 2 c u kappa} with {@code kappa = ||A||_F / s}. For the built-in instances
   * ({@code sigma(A) in [1, 10]}, {@code sigma_max(A*) <= 0.9 sigma_min(A)}, so
   * {@code kappa <= 2 * 10 / 0.1 = 200} for {@code A - A*}) this is at most
   * {@code 2 * 240 * 1.1e-16 * 200 = 1.1e-11} per factor, while both right-hand sides are at least
   * {@code 2 sqrt(2)/9 = 0.31} (C.45) and {@code 0.1/0.9 = 0.11} (C.44); a relative tolerance of
   * {@code 1e-9} covers the rounding with a factor of about 10 to spare and is far below the
   * violations that matter (erratum E6 violates C.45 by a factor 35).
   */
  public static final double POLAR_PERTURBATION = 1e-9;

  // ---- The general subgradient theory (SubgradientTheoryEntries)

  /**
   * Relative amount by which {@link CertifiedSpectrum} moves a double-precision extreme eigenvalue
   * outward before certifying it exactly. Not a tolerance of any check (the certificate is exact,
   * and a failed candidate is halved or doubled until it certifies): Jacobi eigenvalues of the
   * small, well-conditioned matrices used are within {@code c n u ||M||} of the true ones, about
   * 1e-14 relative, so 1e-6 makes the first candidate certify and costs a negligible loss of
   * sharpness.
   */
  public static final double SPECTRAL_CANDIDATE_MARGIN = 1e-6;

  /**
   * A-priori bound on the rounding of one computed update {@code x <- x - alpha (G + beta H)} of
   * {@link SubgradientDescent} at coordinate k, against the exact update from the same (double)
   * iterate: the residual {@code X x - y} and {@code G = X^T r} carry at most
   * {@code gamma_{N+p+2} (|X|^T (|X| |x| + |y|))_k} absolute error (Higham, Thm 3.5, twice);
   * {@code G + beta H}, the product by {@code alpha} and the subtraction add one rounding each,
   * {@code <= 2u alpha (|G_k| + beta |H_k|) + u |x_new_k|}. The bound returned is twice the sum
   * (a factor 2 for the second-order terms and the rounding of the bound itself). The
   * trajectory checkers use it to certify that the exactly computed defect of each recorded step
   * is rounding, so that accounting for it exactly cannot hide a wrong step.
   *
   * @param alpha the step
   * @param propagated {@code (|X|^T (|X| |x| + |y|))_k}
   * @param update {@code |G_k| + beta |H_k|}
   * @param next {@code |x_new_k|}
   * @param terms {@code N + p}
   */
  public static double stepRoundingBound(double alpha, double propagated, double update,
      double next, int terms) {
    double u = FloatingPoint.UNIT_ROUNDOFF;
    return 2 * (alpha * FloatingPoint.gamma(terms + 2) * propagated + 2 * u * alpha * update
        + u * next);
  }

  // ---- Sparse recovery and weight decay (SparseRecoveryEntries)

  /**
   * Relative tolerance of the inequalities checked along a double subgradient run of sparse
   * recovery ({@code SparseRecoveryTheoremChecker}). Error analysis: {@code a_hat} and the
   * projector P are exact and rounded once (relative error u); each iterate is the run's own
   * double iterate, so the checked quantities ({@code ||P(a - a_hat)||}, {@code ||X a - y*||},
   * {@code ||F(a)||}, f, {@code ||a||_1}) are evaluated from it with forward errors at most
   * {@code gamma_{2n+N}} times the scale {@code S = max(||a||, ||a_hat||, ||a*||, ||X||_F^2 ||a||)}
   * (dot products of length <= n + N on numbers bounded by S; the families have n <= 10, N <= 4,
   * |X_ij| <= 12, ||a*||_inf <= 3, so S <= 1e4 and gamma_{24} S <= 3e-11). The right sides are at
   * least {@code c = alpha beta sqrt(n) >= 1e-5} in the families (alpha >= 0.3/lambda_max,
   * beta >= 1e-3 lambda_max/sqrt(n)); the eigenvalues {@code lambda_k} of {@code X X^T} come from
   * Jacobi with absolute error {@code O(N u lambda_max)}, moving {@code rho_r} and its powers
   * {@code rho_r^t} (t <= 2000) by at most {@code t N u alpha lambda_max / rho_r} relative, below
   * 1e-11 for {@code rho_r >= 0.05}. Hence every side is accurate to {@code 3e-11/1e-5 + 1e-11
   * < 1e-5} relative; we use 1e-5 (the sums over t in eq-86 add at most {@code t gamma_1} more).
   * The errata E7 and E8 fail by factors above 2, far outside it.
   */
  public static final double SPARSE_TRAJECTORY = 1e-5;

  /**
   * Relative tolerance of the l2 contraction {@code ||a^(t) - a_hat||_2 <= rho_2^(t-1)
   * ||a^(1) - a_hat||_2} of Theorem 3.6 ({@code WeightDecayTheoremChecker}), whose sides are
   * exact rationals converted to double except {@code rho_2}, the largest |eigenvalue| of the
   * rounded {@code I - alpha Q} (n <= 5) by cyclic Jacobi: absolute error at most about
   * {@code sweeps n u ||I - alpha Q||_F <= 60 * 5 * 1.2e-16 * 10 < 4e-13} (every entry of
   * {@code I - alpha Q} is at most 2 in absolute value under the step hypothesis). In the family
   * {@code alpha beta <= (7/4) beta/(tr X^T X + beta) <= 7/8}, so {@code rho_2 >= |1 - alpha beta|
   * >= 1/8} (kernel eigenvalue, N < n) and the relative error of {@code rho_2} is below
   * {@code 3.2e-12}, of {@code rho_2^t} for t <= 8 below {@code 2.6e-11}; the square root of the
   * rounded squared norm adds 2u. The equality case (error along ker X, where the bound is
   * attained) needs a tolerance; 1e-10 leaves a factor 4 over this analysis.
   */
  public static final double RIDGE_CONTRACTION = 1e-10;

  /**
   * Relative training error {@code ||X a - y*|| / ||y*||} at which a projected-subgradient iterate
   * ({@code ProjectedSubgradientDescent}, double) counts as on the constraint set. The projection
   * {@code z - X^T (X X^T)^{-1} (X z - y*)} is exact in reals; in double its residual is the
   * rounding of one solve with the explicit inverse of {@code X X^T}: about
   * {@code kappa(X X^T) n u} relative, and the instances of tdr-fig12 ({@code N(0, 1/n)} designs,
   * N = 10 or 30, n = 20 or 100) have {@code kappa(X X^T) < 100}, so below 1e-12 with a margin of
   * 10 over that estimate and of 1e3 over the values seen (below 1e-15).
   */
  public static final double PROJECTION_RESIDUAL = 1e-12;

  /**
   * Agreement of the double projected-subgradient (and ISTA) iterates with the exact rational run on small
   * instances (n = 3, N = 2, six steps, entries of order 1): each step adds a few roundings of
   * O(1) quantities times {@code kappa(X X^T)} (below 10 there), so the absolute error stays below
   * {@code 6 * 10 * 10 u ~ 1e-14}.
   */
  public static final double PROJECTION_EXACT_AGREEMENT = 1e-14;

  // ---- Matrix recovery (MatrixRecoveryEntries)

  /**
   * Relative tolerance of the inequalities checked along nuclear-norm subgradient runs (Theorem
   * C.40 and its proof steps: the row-space recursion, the memorization bound, the loss bound,
   * eq-99 to eq-101). Error analysis: each computed update differs from the exact update from the
   * same computed iterate by at most {@code gamma_m (||a|| + alpha ||X^T r|| + alpha beta ||H||)}
   * with {@code m <= N + n + 4 <= 80} ({@code gamma_80 ~ 9e-15}); the polar factor is the one the
   * update used (same deterministic call), and the projector / least-squares solution come from a
   * backward-stable SVD ({@code O(k sweeps u)}, about {@code 1e-13}). The compared quantities are at
   * least {@code alpha beta} ({@code >= 1e-5} in the families) while the iterates are
   * {@code O(||A*||_F) = O(1)}, so the relative rounding is below
   * {@code 1e-13 / 1e-5 = 1e-8}; stated with that bound. The checked inequalities themselves have
   * margins of order 1 (factor 2 in the memorization bound) except at t = t1.
   */
  public static final double MATRIX_RUN_RELATIVE = 1e-8;

  /**
   * The decision threshold of the convex completion precheck ({@link NuclearNormCompletion}): an
   * instance is "recoverable" when the Douglas-Rachford solution is within this relative Frobenius
   * distance of {@code A*} and the certified optimality gap of {@code A*} is at most this
   * fraction of {@code ||A*||_*}. A parameter of the reproductions (100 times below the paper's
   * 1e-4 generalization threshold, so that a selected instance can reach it), not a rounding
   * allowance: the rounding of the certificate is {@code O(n u)}, about {@code 1e-14}.
   */
  public static final double COMPLETION_PRECHECK_RECOVERY = 1e-6;

  /**
   * The fixed-point residual at which the Douglas-Rachford precheck stops,
   * {@code ||B_k - A_k||_F <= 1e-10 ||M_Omega||_F}: the iteration is linearly convergent on
   * recoverable instances, and 1e-10 is four orders below {@link #COMPLETION_PRECHECK_RECOVERY}
   * while well above the SVD's rounding ({@code ~1e-14} relative at 10 x 10).
   */
  public static final double COMPLETION_PRECHECK_FIXED_POINT = 1e-10;

  // ---- Coherence and data selection (CoherenceEntries)

  /**
   * The slack added to the double estimate of a restricted isometry constant before its exact
   * certification ({@link RestrictedIsometryConstant}), relative to {@code 1 + delta}. The Jacobi
   * eigenvalues of an {@code s x s} block {@code H = G_JJ - I} (entries at most 1 in modulus for
   * unit-norm columns, and of the same order for the small rational matrices used) are exact for
   * {@code H + E} with {@code ||E||_F <= c s u ||H||_F} per sweep, at most 10 sweeps, so for
   * {@code s <= 4} the estimate errs by less than {@code 10 * 4 * 4 * u * ||H||_F ~ 1e-14 (1 +
   * delta)}; 1e-12 leaves a factor 100. The slack never decides a check: the upper end is accepted
   * only by the exact PSD test, and a too small slack shows as an uncertified enclosure.
   */
  public static final double RIC_CERTIFICATE_SLACK = 1e-12;

  /**
   * The false-alarm probability of the statistical checks of the coherence theorems (Theorem
   * G.4): a simulated count of failures of a correct probability bound exceeds
   * {@link org.tacit.verify.BinomialAllowance#count} with at most this probability (Bernstein), so
   * a property run of about 100 instances fails a correct statement with probability below 1e-7.
   * A parameter of the test's power, not a rounding tolerance.
   */
  public static final double STAT_FALSE_ALARM = 1e-9;

  /**
   * The largest accepted width {@code upper - lower} of a certified enclosure of a restricted
   * isometry constant, relative to {@code 1 + upper}. The upper end is the estimate plus
   * {@link #RIC_CERTIFICATE_SLACK}{@code (1 + delta)}; the lower end is the exact Rayleigh quotient
   * of the rounded double eigenvector, whose error is quadratic in the eigenvector error (of order
   * {@code u / gap}), hence below 1e-12 unless the extreme eigenvalue is nearly degenerate, where
   * the quotient is insensitive anyway. 1e-10 bounds the sum with a factor 50.
   */
  public static final double RIC_ENCLOSURE = 1e-10;

  // ---- Depth (DepthEntries)

  /**
   * The accepted discrepancy between one double update (118) of {@link DeepHadamardDescent} and
   * the exact rational update of {@link DeepHadamardFactors#step}, per entry, relative to the
   * entry's scale {@code |(1 - alpha beta) A_i[j]| + alpha |o_{k != i} A_k[j]| (|X|^T (|X| |a| +
   * |y|))_j}. Error analysis (Higham's gamma_n = n u / (1 - n u)): every input is rounded once
   * (relative u); the product of L factors costs {@code gamma_{2L}}; {@code X a} is an inner product
   * of length n ({@code gamma_{n + 2L}} relative to {@code |X| |a|}); subtracting y and forming
   * {@code X^T r} (length N) adds {@code gamma_{N + 3}}; the product of the other L - 1 factors,
   * alpha, beta and the final subtraction add {@code gamma_{2L + 4}}; so the error is at most
   * {@code gamma_{N + n + 4L + 8}} times the scale. We accept {@code gamma_{2(N + n + 2L) + 8}}
   * (a factor about 2 above the bound).
   */
  public static double deepStep(int samples, int dimension, int depth) {
    return FloatingPoint.gamma(2 * (samples + dimension + 2 * depth) + 8);
  }

  // ---- Null space properties (NullSpaceEntries)

  /**
   * The relative tolerance of the double-precision checks of Theorem 3.3 / C.39 along a run
   * ({@code RecoveryErrorTheoremChecker}): the identity and the triangle inequality of eq-95, the
   * C.38 step {@code ||a - a*||_1 <= (1+rho)/(1-rho)(||a||_1 - ||a*||_1) + 2 tau/(1-rho)
   * ||X(a - a*)||} and eq-93 / eq-96. Error analysis: the exact quantities (rho, tau, a*, xi,
   * {@code g(a_hat)}) enter rounded once (relative u); the iterates are the double run itself (no
   * error to account for: the checks are statements about the computed iterates); each side is a
   * sum or a Euclidean norm of at most {@code n + N <= 12} products of numbers bounded by the scale
   * {@code S <= 1e4} of {@link #SPARSE_TRAJECTORY} (the families of NullSpaceFamilies have entries of
   * X below 12 in absolute value after the exact kernel construction, measured at most 10 over 300 draws, {@code ||a*||_inf <= 3}), so
   * the forward error is at most {@code gamma_{24} S <= 3e-11}; the eigenvalues of {@code X X^T}
   * (Jacobi) move {@code rho_r} and {@code sigma_max(X)} by {@code O(N u)} relative, amplified by
   * {@code 1/(1 - rho_r) <= 1e3} in C2; every right side is at least {@code C2 alpha beta >=
   * 2 sqrt(n) sigma_max(X) alpha beta >= 1e-5}. Hence 1e-5 relative bounds all rounding by more
   * than a factor 10; the errata caught in double (eq-96 as printed) are off by factors far beyond it.
   */
  public static final double NULL_SPACE_TRAJECTORY = 1e-5;

  // ---- Neural networks (org.tacit.grokking.neural): the MLP of Section 2.1 / H.3.1, Adam

  /**
   * The step h of the central finite differences {@code (f(theta + h e_k) - f(theta - h e_k)) /
   * (2h)} that test the gradients of the neural layers ({@code org.tacit.grokking.neural}), at
   * parameters of order 1. The truncation error is {@code h^2 |f^(3)| / 6}; the rounding error is
   * about {@code u |f| / h}; h = 1e-5 balances them near {@code u^(1/3)} (~6e-6) for third
   * derivatives of order 1.
   */
  public static final double NEURAL_FD_STEP = 1e-5;

  /**
   * The accepted discrepancy {@code |fd - grad| / max(1, |grad|)} between a central difference with
   * {@link #NEURAL_FD_STEP} and the backward pass. Error analysis at the test instances (entries
   * of order 1, at most a few dozen terms per output, evaluation points at distance at least
   * 1e-2 from every ReLU kink and l1 kink, so f is smooth on {@code [theta - h, theta + h]}):
   * truncation {@code h^2 M3 / 6 <= 1.7e-11 M3} with third derivatives M3 below 1e2 (softmax and
   * products of at most three factors of order 1), at most 2e-9; rounding of the two evaluations
   * {@code 2 gamma_n |f| / (2h)} with n below 100 and |f| below 1e2, at most 2e-9; the backward
   * pass itself is accurate to {@code gamma_n} relative. The sum is below 5e-9; 1e-6 leaves a
   * factor 200 for larger third derivatives, while a wrong gradient (a dropped term, a transposed
   * matrix, a missing factor 1/B) is off by order 1e-2 or more at these instances.
   */
  public static final double NEURAL_FD_GRADIENT = 1e-6;

  /**
   * The accepted relative discrepancy between the iterates of {@link org.tacit.training.Adam}
   * and the hand evaluation of the bias-corrected formula {@code theta - lr m_hat /
   * (sqrt(v_hat) + eps)} on the 1-D quadratic (same sign of all gradients, so no cancellation):
   * the two evaluations differ in the order of about 15 rounded operations per step each
   * (PyTorch's lerp form of m, {@code sqrt(v) / sqrt(1 - beta2^k)} versus
   * {@code sqrt(v / (1 - beta2^k))}, {@code lr / (1 - beta1^k)} applied last), so over three steps
   * the relative difference is below {@code gamma_90} (~1e-14); the step depends on theta with
   * condition number at most 1 + lr / |theta| (below 2 here). We accept {@code gamma_200}.
   */
  public static final double ADAM_HAND_STEP = FloatingPoint.gamma(200);

  private TdrTolerances() {}
}
