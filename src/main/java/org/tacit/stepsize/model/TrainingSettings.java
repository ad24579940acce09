package org.tacit.stepsize.model;

/**
 * The stopping rules of {@link GradientDescent}: stop as converged when the training loss (1) has
 * been below {@code lossTolerance} at {@code confirmationSteps + 1} consecutive iterates (0: the
 * first time it is below); stop as not converged after {@code maxSteps} updates, or as diverged
 * when the loss is not finite or exceeds {@link StepSizeTolerances#DIVERGENCE_FACTOR} times the
 * initial loss.
 *
 * <p>Spec: {@code NRSS:rem-7.2} (GD "until convergence", the thresholds left unspecified there).
 *
 * @param schedule the step sizes
 * @param lossTolerance the convergence threshold on {@code L(theta)}, {@code > 0}
 * @param maxSteps the step budget, {@code >= 0}
 * @param confirmationSteps further updates the loss must stay below the tolerance, {@code >= 0}:
 *     a finite probe of stability (a point with {@code lambda_max > 2/eta} reached at low loss is
 *     left along its top eigenvector, at the rate {@code |1 - eta lambda_max|} per step, from the
 *     rounding-level perturbations every step injects)
 */
public record TrainingSettings(WarmupSchedule schedule, double lossTolerance, long maxSteps,
    long confirmationSteps) {

  /** Settings without confirmation steps. */
  public TrainingSettings(WarmupSchedule schedule, double lossTolerance, long maxSteps) {
    this(schedule, lossTolerance, maxSteps, 0);
  }

  /** Validates the thresholds. */
  public TrainingSettings {
    if (!(lossTolerance > 0)) {
      throw new IllegalArgumentException("loss tolerance must be > 0, got " + lossTolerance);
    }
    if (maxSteps < 0 || confirmationSteps < 0) {
      throw new IllegalArgumentException("step budget and confirmation must be >= 0, got "
          + maxSteps + " and " + confirmationSteps);
    }
  }
}
