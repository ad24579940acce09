package org.tacit.group.model;

import java.util.Arrays;
import java.util.List;
import org.tacit.training.Checkpoint;
import org.tacit.training.IterationLoop;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * A run of Algorithm 1 or 2 (LNHW Section 4) through {@link IterationLoop}, with its trajectory
 * at the requested steps: {@code u(t)}, {@code v(t)}, {@code w(t) = G(u(t), v(t))}, the loss, and
 * the error {@code ||w(t) - w*||^2} when {@code w*} is known; plus the switching step and the
 * number of zero-direction events.
 *
 * <p>The loop never stops as converged (its loss tolerance is the smallest positive double, so
 * only an exactly interpolating iterate would stop it); it stops when the budget is used, when the
 * loss diverges (the shared rule), or when an update would make some {@code u_l <= 0} (reason
 * {@code "stopped: u_l(t+1) = ..."}).
 *
 * <p>Spec: {@code LNHW:alg-1}, {@code LNHW:alg-2}.
 *
 * @param result the loop's result (final iterate, reason, checkpoints)
 * @param groups the partition (to unpack {@code theta = (u, v)})
 * @param switchStep the first update with the constant v-step, or -1
 * @param zeroDirections the number of updates with some {@code z_l = 0}
 * @param firstZeroDirectionStep the first such update, or -1
 */
public record AlgorithmRun(TrainingResult result, GroupPartition groups, long switchStep,
    long zeroDirections, long firstZeroDirectionStep) {

  /**
   * Runs {@code steps} updates from {@code (u0, v0)}, recording the iterates at
   * {@code checkpointSteps} (strictly increasing, each in {@code [0, steps]}). Cost O(steps n p)
   * plus O(p) per checkpoint.
   */
  public static AlgorithmRun of(GroupedDesign design, AlgorithmSettings settings, double[] u0,
      double[] v0, long steps, long... checkpointSteps) {
    WeightNormalizedDescent method = new WeightNormalizedDescent(design, settings.convention(),
        settings.order(), settings.rule(), settings.constantStep(), u0);
    TrainingSettings training = new TrainingSettings(WarmupSchedule.constant(settings.gamma()),
        Double.MIN_VALUE, steps).withCheckpoints(checkpointSteps);
    TrainingResult result = IterationLoop.run(method, WeightNormalizedDescent.pack(u0, v0),
        training, ProgressListener.NONE);
    return new AlgorithmRun(result, design.groups(), method.switchStep(),
        method.zeroDirections(), method.firstZeroDirectionStep());
  }

  /** Every step {@code 0, 1, ..., steps} (for runs recorded at every iterate). */
  public static long[] everyStep(long steps) {
    long[] all = new long[(int) steps + 1];
    for (int t = 0; t < all.length; t++) {
      all[t] = t;
    }
    return all;
  }

  /** The recorded iterates. */
  public List<Checkpoint> checkpoints() {
    return result.checkpoints();
  }

  /** {@code u} of recorded iterate {@code k}. */
  public double[] u(int k) {
    return Arrays.copyOfRange(checkpoints().get(k).theta(), 0, groups.groupCount());
  }

  /** {@code v} of recorded iterate {@code k}. */
  public double[] v(int k) {
    double[] theta = checkpoints().get(k).theta();
    return Arrays.copyOfRange(theta, groups.groupCount(), theta.length);
  }

  /** {@code w = G(u, v)} of recorded iterate {@code k}. */
  public double[] w(int k) {
    return GroupedWeights.of(groups, u(k), v(k));
  }

  /** {@code ||w(t_k) - w*||^2}. */
  public double error(int k, double[] wStar) {
    return squaredDistance(w(k), wStar);
  }

  /** {@code ||a - b||^2}. */
  public static double squaredDistance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  /** Whether the run used its whole budget (no divergence, no refused update). */
  public boolean completed() {
    return result.reason().equals(TrainingResult.BUDGET);
  }
}
