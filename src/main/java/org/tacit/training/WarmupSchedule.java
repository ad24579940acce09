package org.tacit.training;

/**
 * A linear warm-up from a small step {@code eta_0} to the target step {@code eta} over
 * {@code T_w} steps, then constant: {@code eta_t = eta_0 + (eta - eta_0) min(1, t / T_w)}
 * (the schedule of NRSS Section 7). NRSS leaves {@code eta_0} and {@code T_w} unspecified;
 * {@link #linear(double, long)} fixes {@code eta_0 = eta / T_w} (the ramp starts one warm-up
 * increment above zero). {@code T_w = 0} is constant step {@code eta} ({@link #constant}).
 *
 * <p>Immutable; {@link #stepAt} is O(1).
 *
 * <p>Spec: {@code NRSS:rem-7.2} (learning procedure), {@code NRSS:eq-2} (GD).
 *
 * @param initialStep {@code eta_0 > 0}, the step at {@code t = 0}
 * @param targetStep {@code eta > 0}, the step from {@code t = T_w} on
 * @param warmupSteps {@code T_w >= 0}
 */
public record WarmupSchedule(double initialStep, double targetStep, long warmupSteps)
    implements StepSchedule {

  /** Validates positivity and finiteness. */
  public WarmupSchedule {
    if (!(initialStep > 0) || !(targetStep > 0) || !Double.isFinite(initialStep)
        || !Double.isFinite(targetStep)) {
      throw new IllegalArgumentException("steps must be finite and > 0, got " + initialStep
          + " and " + targetStep);
    }
    if (warmupSteps < 0) {
      throw new IllegalArgumentException("warm-up length must be >= 0, got " + warmupSteps);
    }
  }

  /** Constant step {@code eta} (no warm-up). */
  public static WarmupSchedule constant(double step) {
    return new WarmupSchedule(step, step, 0);
  }

  /** The linear ramp from {@code eta / T_w} to {@code eta} over {@code T_w} steps. */
  public static WarmupSchedule linear(double step, long warmupSteps) {
    return warmupSteps == 0 ? constant(step)
        : new WarmupSchedule(step / warmupSteps, step, warmupSteps);
  }

  /** {@code eta_t} for step {@code t >= 0}. */
  @Override
  public double stepAt(long t) {
    if (t >= warmupSteps) {
      return targetStep;
    }
    return initialStep + (targetStep - initialStep) * ((double) t / warmupSteps);
  }
}
