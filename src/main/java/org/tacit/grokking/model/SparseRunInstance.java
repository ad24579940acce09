package org.tacit.grokking.model;

import java.util.ArrayList;
import java.util.List;
import org.tacit.training.ProgressListener;

/**
 * A run of subgradient descent (1) on {@code f = g + beta ||.||_1} with {@code H = sign} for
 * exact data {@code (X, a*, xi)}: the run itself is in double through {@link SubgradientDescent}
 * (X and y* rounded once), while {@code a_hat} and the row-space projector come from exact
 * arithmetic. Paper indexing: {@code a^(1) = initial}, the run has iterates
 * {@code a^(1) .. a^(steps+1)} (the loop's step k is the paper's {@code t = k + 1}).
 *
 * <p>Spec: {@code TDR:thm-3.1}, {@code TDR:thm-C.29}, {@code TDR:eq-76} .. {@code TDR:eq-92}.
 *
 * @param data X, a*, xi
 * @param alpha the step
 * @param beta the weight of the l1 term
 * @param initial a^(1) (length n)
 * @param steps the number of updates
 */
public record SparseRunInstance(SparseRecoveryData data, double alpha, double beta,
    double[] initial, int steps) {

  /** Copies the initial point and checks its length. */
  public SparseRunInstance {
    if (initial.length != data.dimension()) {
      throw new IllegalArgumentException("a^(1) of length " + initial.length + " for n = "
          + data.dimension());
    }
    initial = initial.clone();
  }

  /** A copy of a^(1). */
  @Override
  public double[] initial() {
    return initial.clone();
  }

  /**
   * The iterates {@code a^(1) .. a^(steps+1)} of the run (index 0 holds {@code a^(1)}), through
   * {@link SubgradientDescent} with {@link L1Norm}. O(steps N n) time, O(steps n) memory.
   */
  public double[][] iterates() {
    int n = data.dimension();
    List<double[]> path = new ArrayList<>();
    StepObserver observer = (t, a, residual) -> path.add(a.clone());
    LeastSquaresLoss loss = new LeastSquaresLoss(data.design().toDoubleRowMajor(),
        data.samples(), n, ExactVectors.toDouble(data.targets()));
    SubgradientDescent.run(loss, new L1Norm(n), beta, alpha, initial, steps, observer,
        ProgressListener.NONE);
    if (path.size() != steps + 1) {
      throw new IllegalStateException("the run stopped after " + path.size() + " iterates of "
          + (steps + 1));
    }
    return path.toArray(new double[0][]);
  }
}
