package org.tacit.training;

import java.util.List;

/**
 * The outcome of a {@link GradientDescent} run. A run that did not converge carries the reason and
 * the last finite iterate (never NaN parameters).
 *
 * @param converged whether the loss went below the tolerance (and stayed there for the
 *     confirmation steps)
 * @param reason {@link #CONVERGED}, {@link #BUDGET}, or the divergence
 *     ({@code "diverged: loss not finite at step t"},
 *     {@code "diverged: loss ... above ... x initial loss ... at step t"}), or, for an
 *     {@link IterativeMethod} that refused update {@code t}, {@code "stopped: <its reason>"}
 * @param steps the number of updates performed (for a non-finite loss at step {@code t}: {@code t},
 *     the last of which produced the non-finite iterate that is not returned)
 * @param finalLoss {@code L(theta)} at the returned {@code theta} (finite, unless the initial loss
 *     already was not)
 * @param theta the final parameters (the last finite iterate)
 * @param finalStep the step size of the last update ({@code eta_{steps-1}}; {@code eta_0} when no
 *     update was made): a run that stops during a warm-up was stable only for this smaller step
 * @param checkpoints the iterates recorded at the requested steps that the run reached with a
 *     finite loss, in increasing order of step
 */
public record TrainingResult(boolean converged, String reason, long steps, double finalLoss,
    double[] theta, double finalStep, List<Checkpoint> checkpoints) {

  /** The reason of a converged run. */
  public static final String CONVERGED = "loss below tolerance";

  /** The reason of a run that used its whole step budget. */
  public static final String BUDGET = "step budget exhausted";

  /** A result without checkpoints. */
  public TrainingResult(boolean converged, String reason, long steps, double finalLoss,
      double[] theta, double finalStep) {
    this(converged, reason, steps, finalLoss, theta, finalStep, List.of());
  }

  /** Copies the checkpoint list. */
  public TrainingResult {
    checkpoints = List.copyOf(checkpoints);
  }
}
