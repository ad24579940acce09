package org.tacit.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The full-batch iteration loop shared by {@link GradientDescent} and by other iterative methods
 * ({@link IterativeMethod}): one schedule, one set of stopping rules, one divergence rule,
 * checkpoints and progress reports.
 *
 * <p>Contract: at each {@code t = 0, 1, ...} the loss at {@code theta_t} is evaluated first. Then,
 * in this order: a non-finite loss stops the run as diverged and returns the last finite iterate
 * {@code theta_{t-1}} with its loss (the initial parameters if {@code t = 0}); the iterate is
 * recorded if {@code t} is a checkpoint step; the run stops as converged when the loss has been
 * below the tolerance at the last {@code confirmationSteps + 1} iterates; as diverged when
 * {@code t > 0} and the loss exceeds {@link TrainingTolerances#DIVERGENCE_FACTOR} times the initial
 * loss (returning {@code theta_t}); as not converged when {@code t = maxSteps}. Otherwise the
 * method makes update {@code t} with step {@code eta_t}; a method that refuses the update stops
 * the run with reason {@code "stopped: <its reason>"} and {@code theta_t} (its loss,
 * {@code steps = t}). The initial parameters are not modified. Deterministic given the method, the
 * initial parameters and the settings (the progress listener cannot change the run).
 *
 * <p>Cost per step: one {@link IterativeMethod#loss} and one {@link IterativeMethod#update}, plus
 * O(n) for keeping the previous iterate; O(n) per recorded checkpoint.
 *
 * <p>Spec: no paper item (the loop of {@code NRSS:eq-2}, {@code MS:def-I.4} and the iterations of
 * {@code LNHW:alg-1}, {@code LNHW:alg-2}).
 */
public final class IterationLoop {

  /** The prefix of the reason of a run whose method refused an update. */
  public static final String STOPPED = "stopped: ";

  private IterationLoop() {}

  /**
   * Runs {@code method} from {@code initial} (length {@link IterativeMethod#dimension()}) under
   * {@code settings}, reporting to {@code progress}.
   */
  public static TrainingResult run(IterativeMethod method, double[] initial,
      TrainingSettings settings, ProgressListener progress) {
    if (initial.length != method.dimension()) {
      throw new IllegalArgumentException("initial parameters must have length "
          + method.dimension() + ", got " + initial.length);
    }
    double[] theta = initial.clone();
    double[] previous = theta.clone();
    List<Long> checkpointSteps = settings.checkpointSteps();
    List<Checkpoint> checkpoints = new ArrayList<>();
    int nextCheckpoint = 0;
    boolean reporting = progress != ProgressListener.NONE;
    long lastReportStep = 0;
    long lastReportTime = reporting ? System.nanoTime() : 0;
    double initialLoss = Double.NaN;
    double previousLoss = Double.NaN;
    long belowTolerance = 0;
    for (long t = 0; ; t++) {
      double loss = method.loss(theta);
      if (t == 0) {
        initialLoss = loss;
      }
      if (!Double.isFinite(loss)) {
        return new TrainingResult(false, "diverged: loss not finite at step " + t, t,
            previousLoss, previous.clone(), lastStep(settings, t), checkpoints);
      }
      if (nextCheckpoint < checkpointSteps.size() && checkpointSteps.get(nextCheckpoint) == t) {
        checkpoints.add(new Checkpoint(t, loss, theta.clone()));
        nextCheckpoint++;
      }
      if (reporting) {
        long now = System.nanoTime();
        if (t - lastReportStep >= progress.intervalSteps()
            || now - lastReportTime >= progress.intervalNanos()) {
          progress.report(t, loss);
          lastReportStep = t;
          lastReportTime = now;
        }
      }
      belowTolerance = loss < settings.lossTolerance() ? belowTolerance + 1 : 0;
      if (belowTolerance > settings.confirmationSteps()) {
        return new TrainingResult(true, TrainingResult.CONVERGED, t, loss, theta,
            lastStep(settings, t), checkpoints);
      }
      if (t > 0 && loss > TrainingTolerances.DIVERGENCE_FACTOR * initialLoss) {
        return new TrainingResult(false, "diverged: loss " + loss + " above "
            + TrainingTolerances.DIVERGENCE_FACTOR + " x initial loss " + initialLoss
            + " at step " + t, t, loss, theta, lastStep(settings, t), checkpoints);
      }
      if (t >= settings.maxSteps()) {
        return new TrainingResult(false, TrainingResult.BUDGET, t, loss, theta,
            lastStep(settings, t), checkpoints);
      }
      double step = settings.schedule().stepAt(t);
      System.arraycopy(theta, 0, previous, 0, theta.length);
      previousLoss = loss;
      Optional<String> refusal = method.update(theta, t, step);
      if (refusal.isPresent()) {
        System.arraycopy(previous, 0, theta, 0, theta.length);
        return new TrainingResult(false, STOPPED + refusal.get(), t, loss, theta,
            lastStep(settings, t), checkpoints);
      }
    }
  }

  /** {@code eta_{steps-1}}, or {@code eta_0} when no update was made. */
  private static double lastStep(TrainingSettings settings, long steps) {
    return settings.schedule().stepAt(Math.max(steps - 1, 0));
  }
}
