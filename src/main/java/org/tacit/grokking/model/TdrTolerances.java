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

  // ---- Sparse recovery and weight decay (SparseRecoveryEntries)

  // ---- Matrix recovery (MatrixRecoveryEntries)

  // ---- Coherence and data selection (CoherenceEntries)

  // ---- Depth (DepthEntries)

  private TdrTolerances() {}
}
