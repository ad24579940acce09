package org.tacit.stepsize.model;

import org.tacit.training.TrainingResult;
import org.tacit.verify.Hypotheses;

/**
 * An instance of the NRSS stability theorems: a GD run (with target step {@code eta}) on a data
 * set and model, and its outcome. The theorems speak about stable solutions of GD with step
 * {@code eta}; the checkers accept runs that converged (loss below tolerance) and check the
 * bounds at the final iterate.
 *
 * @param data the data set
 * @param model the network
 * @param step the step {@code eta} the run's stability is checked against: the step of its last
 *     update ({@link TrainingResult#finalStep}), the target step unless it stopped in the warm-up
 * @param alpha the initialization scale used
 * @param result the run's outcome
 * @param attempts how many runs the generator made (each retry halves the step); 1 for a run
 *     given directly
 */
public record ConvergedRun(RegressionData data, DiagonalNetworkModel model, double step,
    double alpha, TrainingResult result, int attempts) {

  /** A short label: model, sizes, alpha, eta, steps. */
  public String label() {
    return String.format("%s, N=%d, d=%d, alpha=%.3g, eta=%.4g, %d steps, %d attempt(s)",
        model.name(), data.samples(), data.dimension(), alpha, step, result.steps(), attempts);
  }

  /**
   * The hypotheses of the stability theorems as far as a finite run can decide them, in order up
   * to the first that fails: the run converged, its parameters have the model's length and are
   * finite, and the step is a positive number.
   */
  public Hypotheses hypotheses() {
    Hypotheses hypotheses = new Hypotheses();
    int length = model.blocks() * data.dimension();
    boolean finite = true;
    for (double value : result.theta()) {
      finite &= Double.isFinite(value);
    }
    if (hypotheses.require(CONVERGED, result.converged(), result.reason())
        && hypotheses.require("theta has length " + length, result.theta().length == length,
            "found " + result.theta().length)
        && hypotheses.require("theta finite", finite)) {
      hypotheses.require("step size eta > 0", step > 0 && Double.isFinite(step),
          "eta = " + step);
    }
    return hypotheses;
  }

  /** The name of the hypothesis "GD converged" (a solution GD converged to, Definition 2.1). */
  public static final String CONVERGED = "GD converged";

  /** The bounds at the final iterate. */
  public HessianBounds bounds() {
    return HessianBounds.at(new SquaredLoss(data, model), result.theta());
  }
}
