package org.tacit.grokking.model;

import java.util.ArrayList;
import java.util.List;
import org.tacit.training.ProgressListener;

/**
 * The recorded iterates of one nuclear-norm subgradient run ({@link SubgradientDescent} with
 * {@link NuclearNorm}): for each loop index {@code t} (updates made so far; the paper's
 * {@code A^(t+1)}) the iterate (row-major), the subgradient {@code H(A^(t))} the update used
 * (recomputed by the same deterministic {@link NuclearNorm#subgradient}), {@code g}, {@code h}
 * and {@code ||vec F||_2 = ||X^T r + beta vec H||_2}.
 *
 * <p>Cost: the run plus one extra SVD per step; memory O(steps n). For checker-sized runs
 * (n <= 36, a few thousand steps).
 *
 * <p>Spec: {@code TDR:thm-C.40}, {@code TDR:eq-99}.
 */
public final class NuclearTrajectory {

  private final List<double[]> iterates = new ArrayList<>();
  private final List<double[]> subgradients = new ArrayList<>();
  private final List<double[]> steps = new ArrayList<>();
  private final List<Double> dataLoss = new ArrayList<>();
  private final List<Double> nuclear = new ArrayList<>();

  private NuclearTrajectory() {}

  /** Runs {@code instance} and records every iterate. */
  public static NuclearTrajectory record(NuclearRunInstance instance) {
    NuclearTrajectory trajectory = new NuclearTrajectory();
    LeastSquaresLoss g = instance.problem().loss();
    NuclearNorm h = instance.problem().nuclearNorm();
    double beta = instance.beta();
    int p = g.dimension();
    StepObserver observer = (t, a, residual) -> {
      double[] subgradient = new double[p];
      h.subgradient(a, subgradient);
      double[] gradient = new double[p];
      g.gradientFromResidual(residual, gradient);
      double[] step = new double[p];
      for (int k = 0; k < p; k++) {
        step[k] = gradient[k] + beta * subgradient[k];
      }
      trajectory.iterates.add(a.clone());
      trajectory.subgradients.add(subgradient);
      trajectory.steps.add(step);
      trajectory.dataLoss.add(LeastSquaresLoss.halfSquaredNorm(residual));
      trajectory.nuclear.add(h.value(a));
    };
    SubgradientDescent.run(g, h, beta, instance.alpha(), instance.initial(), instance.steps(),
        observer, ProgressListener.NONE);
    return trajectory;
  }

  /** The number of recorded iterates (steps + 1 unless the loop stopped early). */
  public int size() {
    return iterates.size();
  }

  /** {@code A^(t)} (row-major copy). */
  public double[] iterate(int t) {
    return iterates.get(t).clone();
  }

  /** {@code H(A^(t))} (row-major copy). */
  public double[] subgradient(int t) {
    return subgradients.get(t).clone();
  }

  /** {@code vec F(A^(t)) = X^T r + beta vec H} (row-major copy). */
  public double[] step(int t) {
    return steps.get(t).clone();
  }

  /** {@code g(A^(t))}. */
  public double dataLoss(int t) {
    return dataLoss.get(t);
  }

  /** {@code ||A^(t)||_*}. */
  public double nuclearNorm(int t) {
    return nuclear.get(t);
  }
}
