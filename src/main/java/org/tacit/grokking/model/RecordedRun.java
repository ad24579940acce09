package org.tacit.grokking.model;

import java.util.ArrayList;
import java.util.List;
import org.tacit.training.ProgressListener;

/**
 * The iterates {@code x^(0), ..., x^(T)} of one {@link SubgradientDescent} run, recorded through a
 * {@link StepObserver} (the loop's index t: {@code x^(t)} is the iterate after t updates).
 *
 * <p>Contract: the run stops early only by the loop's rules (divergence, {@code f = 0}); then
 * fewer iterates are recorded. Memory O(T p). The iterates are copies.
 *
 * <p>Spec: {@code TDR:eq-1}, {@code TDR:eq-3}.
 */
public final class RecordedRun {

  private final List<double[]> iterates;

  private RecordedRun(List<double[]> iterates) {
    this.iterates = iterates;
  }

  /** Runs {@code steps} updates of (1) with constant step {@code alpha} and records them. */
  public static RecordedRun of(LeastSquaresLoss g, Regularizer h, double beta, double alpha,
      double[] initial, long steps) {
    List<double[]> iterates = new ArrayList<>();
    StepObserver observer = (t, a, residual) -> {
      if (t == iterates.size()) {
        iterates.add(a.clone());
      } else {
        iterates.set((int) t, a.clone());
      }
    };
    SubgradientDescent.run(g, h, beta, alpha, initial, steps, observer, ProgressListener.NONE);
    return new RecordedRun(iterates);
  }

  /** The number of recorded iterates (T + 1 for a full run of T updates). */
  public int size() {
    return iterates.size();
  }

  /** A copy of {@code x^(t)}. */
  public double[] iterate(int t) {
    return iterates.get(t).clone();
  }
}
