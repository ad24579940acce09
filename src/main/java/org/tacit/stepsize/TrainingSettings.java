package org.tacit.stepsize;

/**
 * The stopping rules of {@link GradientDescent}: stop as converged when the training loss (1) is
 * below {@code lossTolerance}; stop as not converged after {@code maxSteps} updates, or as diverged
 * when the loss is not finite or exceeds {@link StepSizeTolerances#DIVERGENCE_FACTOR} times the
 * initial loss.
 *
 * <p>Spec: {@code NRSS:rem-7.2} (GD "until convergence", the thresholds left unspecified there).
 *
 * @param schedule the step sizes
 * @param lossTolerance the convergence threshold on {@code L(theta)}, {@code > 0}
 * @param maxSteps the step budget, {@code >= 0}
 */
public record TrainingSettings(WarmupSchedule schedule, double lossTolerance, long maxSteps) {

  /** Validates the thresholds. */
  public TrainingSettings {
    if (!(lossTolerance > 0)) {
      throw new IllegalArgumentException("loss tolerance must be > 0, got " + lossTolerance);
    }
    if (maxSteps < 0) {
      throw new IllegalArgumentException("step budget must be >= 0, got " + maxSteps);
    }
  }
}
