package org.tacit.training;

/**
 * A step-size schedule {@code t -> eta_t} of {@link GradientDescent}: the step of the update from
 * iterate {@code t} to iterate {@code t + 1}.
 *
 * <p>Contract: {@link #stepAt} is deterministic, returns a finite positive value for every
 * {@code t >= 0} and is cheap (O(1)): the loop calls it once per step.
 */
@FunctionalInterface
public interface StepSchedule {

  /** {@code eta_t} for step {@code t >= 0}. */
  double stepAt(long t);
}
