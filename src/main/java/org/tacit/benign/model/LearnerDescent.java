package org.tacit.benign.model;

import org.tacit.training.GradientDescent;
import org.tacit.training.Objective;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;

/**
 * The single place where the flow-limit checks and the Figure 2 reproduction run gradient descent
 * with a constant step: {@link GradientDescent} on any {@link Objective} (the exact double update
 * (2) is {@link LearnerObjective}; a faster kernel of the same objective can be passed instead).
 *
 * <p>Contract: {@code eta > 0}; stops at loss {@code <= lossTolerance} or after {@code maxSteps}
 * steps (then {@code converged()} is false); {@code initial} is not modified. Cost: {@code steps}
 * times one loss and one update of the objective.
 *
 * <p>Spec: {@code ZG:eq-2} (the update), used by {@code ZG:rem-1.4} and {@code ZG:fig-2}.
 */
public final class LearnerDescent {

  private LearnerDescent() {}

  /** GD with constant step {@code eta} from {@code initial} until the loss target or the budget. */
  public static TrainingResult run(Objective objective, double[] initial, double eta,
      double lossTolerance, long maxSteps) {
    if (!(eta > 0)) {
      throw new IllegalArgumentException("eta must be positive, got " + eta);
    }
    return GradientDescent.run(objective, initial.clone(),
        new TrainingSettings(t -> eta, lossTolerance, maxSteps));
  }
}
