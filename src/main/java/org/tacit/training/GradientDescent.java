package org.tacit.training;

import java.util.Optional;

/**
 * Full-batch gradient descent {@code theta_{t+1} = theta_t - eta_t grad L(theta_t)} on an
 * {@link Objective}, with the step sizes of a {@link StepSchedule} and the stopping rules of
 * {@link TrainingSettings}.
 *
 * <p>Contract: at each {@code t = 0, 1, ...} the loss at {@code theta_t} is evaluated first. Then,
 * in this order: a non-finite loss stops the run as diverged and returns the last finite iterate
 * {@code theta_{t-1}} with its loss (the initial parameters if {@code t = 0}); the iterate is
 * recorded if {@code t} is a checkpoint step; the run stops as converged when the loss has been
 * below the tolerance at the last {@code confirmationSteps + 1} iterates; as diverged when
 * {@code t > 0} and the loss exceeds {@link TrainingTolerances#DIVERGENCE_FACTOR} times the initial
 * loss (returning {@code theta_t}); as not converged when {@code t = maxSteps}. Otherwise the
 * objective makes the update with step {@code eta_t} ({@link Objective#descend}). The initial
 * parameters are not modified. Deterministic: the result depends only on the objective, the
 * initial parameters and the settings (the progress listener sees the run but cannot change it),
 * so a sweep may call it from any thread with its own objective instance.
 *
 * <p>The loop is {@link IterationLoop} (GD is its method whose update is
 * {@link Objective#descend}, which never refuses).
 *
 * <p>Cost per step: one {@link Objective#loss} and one {@link Objective#descend}, plus O(n) for
 * keeping the previous iterate; O(n) per recorded checkpoint.
 *
 * <p>Spec: no paper item (the loop of {@code NRSS:eq-2} and {@code MS:def-I.4}).
 */
public final class GradientDescent {

  private GradientDescent() {}

  /** Runs GD on {@code objective} from {@code initial} under {@code settings}, without progress. */
  public static TrainingResult run(Objective objective, double[] initial,
      TrainingSettings settings) {
    return run(objective, initial, settings, ProgressListener.NONE);
  }

  /**
   * Runs GD on {@code objective} from {@code initial} (length {@link Objective#dimension()}) under
   * {@code settings}, reporting to {@code progress}.
   */
  public static TrainingResult run(Objective objective, double[] initial,
      TrainingSettings settings, ProgressListener progress) {
    return IterationLoop.run(new IterativeMethod() {
      @Override
      public int dimension() {
        return objective.dimension();
      }

      @Override
      public double loss(double[] theta) {
        return objective.loss(theta);
      }

      @Override
      public Optional<String> update(double[] theta, long t, double step) {
        objective.descend(theta, step);
        return Optional.empty();
      }
    }, initial, settings, progress);
  }
}
