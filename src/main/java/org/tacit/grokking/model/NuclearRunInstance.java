package org.tacit.grokking.model;

/**
 * A run of subgradient descent (1) with the nuclear norm on a {@link MatrixRecoveryProblem}: step
 * {@code alpha}, strength {@code beta}, the initial matrix (row-major) and the number of updates
 * {@code steps} (the loop's index runs over {@code 0..steps}).
 *
 * <p>Spec: {@code TDR:thm-3.4}, {@code TDR:thm-C.40}.
 *
 * @param problem the data
 * @param alpha the step size
 * @param beta the regularization strength
 * @param initial A^(1) of the paper (loop index 0), row-major
 * @param steps the number of updates
 */
public record NuclearRunInstance(MatrixRecoveryProblem problem, double alpha, double beta,
    double[] initial, long steps) {

  /** Copies the initial matrix. */
  public NuclearRunInstance {
    initial = initial.clone();
  }

  @Override
  public double[] initial() {
    return initial.clone();
  }
}
