package org.tacit.grokking.model;

import org.tacit.linalg.DenseKernels;

/**
 * A double-precision sparse-recovery problem of the paper's experiments (Section 3.1, Figures 3,
 * 4, 7, 12, 13, 16): design {@code X} ({@code N x n}, row-major), ground truth {@code a*},
 * noiseless targets {@code y* = X a*}, and the initial point {@code a^(1)}.
 *
 * <p>Contract: the arrays are copied in and out. O(N n) per {@link #loss()}.
 *
 * <p>Spec: {@code TDR:fig-3}, {@code TDR:fig-4}, {@code TDR:fig-7}.
 *
 * @param design X, row-major
 * @param samples N
 * @param dimension n
 * @param groundTruth a*
 * @param initial a^(1)
 */
public record SparseRecoveryProblem(double[] design, int samples, int dimension,
    double[] groundTruth, double[] initial) {

  /** Checks the shapes and copies the arrays. */
  public SparseRecoveryProblem {
    if (design.length != samples * dimension || groundTruth.length != dimension
        || initial.length != dimension) {
      throw new IllegalArgumentException("shapes do not match N = " + samples + ", n = "
          + dimension);
    }
    design = design.clone();
    groundTruth = groundTruth.clone();
    initial = initial.clone();
  }

  /** A copy of X. */
  @Override
  public double[] design() {
    return design.clone();
  }

  /** A copy of a*. */
  @Override
  public double[] groundTruth() {
    return groundTruth.clone();
  }

  /** A copy of a^(1). */
  @Override
  public double[] initial() {
    return initial.clone();
  }

  /** {@code y* = X a*}. */
  public double[] targets() {
    double[] y = new double[samples];
    DenseKernels.times(design, samples, dimension, groundTruth, y);
    return y;
  }

  /** The loss {@code g(a) = ||X a - y*||^2 / 2}. */
  public LeastSquaresLoss loss() {
    return new LeastSquaresLoss(design, samples, dimension, targets());
  }

  /** The same problem started from {@code start}. */
  public SparseRecoveryProblem withInitial(double[] start) {
    return new SparseRecoveryProblem(design, samples, dimension, groundTruth, start);
  }
}
