package org.tacit.stepsize.model;

import org.tacit.verify.Hypotheses;

/**
 * An instance of the NRSS stability lemmas: a data set, a diagonal network and a parameter vector
 * {@code theta} that should be a solution (Definition 2.1: {@code f_theta(x_n) = y_n} for all n).
 * The record does not enforce anything; the checkers verify the hypotheses.
 *
 * @param data the data set
 * @param model the network
 * @param theta the parameters, length {@code model.blocks() * data.dimension()}
 */
public record SolutionInstance(RegressionData data, DiagonalNetworkModel model, double[] theta) {

  /** The squared loss of this model on this data. */
  public SquaredLoss loss() {
    return new SquaredLoss(data, model);
  }

  /** A short label: model, sizes. */
  public String label() {
    return model.name() + ", N=" + data.samples() + ", d=" + data.dimension();
  }

  /**
   * The hypotheses of "theta is a solution" (Definition 2.1, with the tolerance
   * {@link StepSizeTolerances#SOLUTION}), decided in order up to the first that fails: theta has
   * the model's length, theta and X are finite, and every residual is within tolerance.
   */
  public Hypotheses hypotheses() {
    Hypotheses hypotheses = new Hypotheses();
    int length = model.blocks() * data.dimension();
    if (!hypotheses.require("theta has length " + length, theta.length == length,
        "found " + theta.length)) {
      return hypotheses;
    }
    boolean finite = true;
    for (double value : theta) {
      finite &= Double.isFinite(value);
    }
    if (!hypotheses.require("theta finite", finite)) {
      return hypotheses;
    }
    boolean featuresFinite = true;
    for (double value : data.features()) {
      featuresFinite &= Double.isFinite(value);
    }
    if (!hypotheses.require("X finite", featuresFinite)) {
      return hypotheses;
    }
    double[] residuals = loss().residuals(theta);
    double[] magnitude = model.betaMagnitude(theta, data.dimension());
    for (int n = 0; n < data.samples(); n++) {
      double scale = Math.abs(data.labels()[n]);
      for (int i = 0; i < data.dimension(); i++) {
        scale += Math.abs(data.feature(n, i)) * magnitude[i];
      }
      if (!(Math.abs(residuals[n]) <= StepSizeTolerances.SOLUTION * scale)) {
        hypotheses.require(SOLUTION, false, "residual " + residuals[n] + " at n=" + n
            + " exceeds the accepted " + StepSizeTolerances.SOLUTION + " * (|y_n| + sum_i"
            + " |x_ni| betaMagnitude_i) = " + StepSizeTolerances.SOLUTION * scale);
        return hypotheses;
      }
    }
    hypotheses.require(SOLUTION, true);
    return hypotheses;
  }

  /** The name of the hypothesis "theta is a solution" (Definition 2.1). */
  public static final String SOLUTION = "theta is a solution (f(x_n) = y_n)";
}
