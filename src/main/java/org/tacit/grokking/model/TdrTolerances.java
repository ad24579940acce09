package org.tacit.grokking.model;

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

  // ---- The general subgradient theory (SubgradientTheoryEntries)

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

  // ---- Matrix recovery (MatrixRecoveryEntries)

  // ---- Coherence and data selection (CoherenceEntries)

  // ---- Depth (DepthEntries)

  private TdrTolerances() {}
}
