package org.tacit.training;

import java.util.List;

/**
 * The schedule and stopping rules of {@link GradientDescent}: stop as converged when the loss has
 * been below {@code lossTolerance} at {@code confirmationSteps + 1} consecutive iterates (0: the
 * first time it is below); stop as not converged after {@code maxSteps} updates; stop as diverged
 * when the loss is not finite or exceeds {@link TrainingTolerances#DIVERGENCE_FACTOR} times the
 * initial loss. Record the iterates at {@code checkpointSteps}.
 *
 * <p>Immutable (the list is copied).
 *
 * @param schedule the step sizes
 * @param lossTolerance the convergence threshold on {@code L(theta)}, {@code > 0}
 * @param maxSteps the step budget, {@code >= 0}
 * @param confirmationSteps further updates the loss must stay below the tolerance, {@code >= 0}:
 *     a finite probe of stability (a point with {@code lambda_max > 2/eta} reached at low loss is
 *     left along its top eigenvector, at the rate {@code |1 - eta lambda_max|} per step, from the
 *     rounding-level perturbations every step injects)
 * @param checkpointSteps the steps {@code t} at which the iterate {@code theta_t} is recorded,
 *     strictly increasing, each {@code >= 0} (steps the run does not reach are not recorded)
 */
public record TrainingSettings(StepSchedule schedule, double lossTolerance, long maxSteps,
    long confirmationSteps, List<Long> checkpointSteps) {

  /** Settings without confirmation steps and without checkpoints. */
  public TrainingSettings(StepSchedule schedule, double lossTolerance, long maxSteps) {
    this(schedule, lossTolerance, maxSteps, 0);
  }

  /** Settings without checkpoints. */
  public TrainingSettings(StepSchedule schedule, double lossTolerance, long maxSteps,
      long confirmationSteps) {
    this(schedule, lossTolerance, maxSteps, confirmationSteps, List.of());
  }

  /** Validates the thresholds and the checkpoint steps; copies the list. */
  public TrainingSettings {
    if (!(lossTolerance > 0)) {
      throw new IllegalArgumentException("loss tolerance must be > 0, got " + lossTolerance);
    }
    if (maxSteps < 0 || confirmationSteps < 0) {
      throw new IllegalArgumentException("step budget and confirmation must be >= 0, got "
          + maxSteps + " and " + confirmationSteps);
    }
    checkpointSteps = List.copyOf(checkpointSteps);
    long previous = -1;
    for (long step : checkpointSteps) {
      if (step <= previous) {
        throw new IllegalArgumentException("checkpoint steps must be >= 0 and strictly"
            + " increasing, got " + checkpointSteps);
      }
      previous = step;
    }
  }

  /** These settings with the iterates recorded at {@code steps} (strictly increasing, >= 0). */
  public TrainingSettings withCheckpoints(long... steps) {
    Long[] boxed = new Long[steps.length];
    for (int i = 0; i < steps.length; i++) {
      boxed[i] = steps[i];
    }
    return new TrainingSettings(schedule, lossTolerance, maxSteps, confirmationSteps,
        List.of(boxed));
  }
}
