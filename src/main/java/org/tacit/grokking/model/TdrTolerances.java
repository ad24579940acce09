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

  // ---- Depth (DepthEntries)

  private TdrTolerances() {}
}
