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

  // ---- Matrix recovery (MatrixRecoveryEntries)

  // ---- Coherence and data selection (CoherenceEntries)

  // ---- Depth (DepthEntries)

  private TdrTolerances() {}
}
