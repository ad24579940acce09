package org.tacit.stepsize.model;

/**
 * The outcome of a {@link GradientDescent} run. A run that did not converge carries the reason and
 * the last finite iterate (never NaN parameters).
 *
 * @param converged whether the training loss went below the tolerance
 * @param reason {@code "loss below tolerance"}, {@code "step budget exhausted"}, or the divergence
 *     ({@code "diverged: loss not finite"}, {@code "diverged: loss above ... x initial loss"})
 * @param steps the number of GD updates performed
 * @param trainLoss the training loss (1) at {@code theta} (finite)
 * @param theta the final parameters (the last finite iterate)
 * @param finalStep the step size of the last update ({@code eta_{steps-1}}; {@code eta_0} when no
 *     update was made): a run that stops during the warm-up was stable only for this smaller step,
 *     so the stability statements are checked against it
 */
public record TrainingResult(boolean converged, String reason, long steps, double trainLoss,
    double[] theta, double finalStep) {

  /** The reason of a converged run. */
  public static final String CONVERGED = "loss below tolerance";

  /** The reason of a run that used its whole step budget. */
  public static final String BUDGET = "step budget exhausted";
}
