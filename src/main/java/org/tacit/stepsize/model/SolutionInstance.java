package org.tacit.stepsize.model;

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
   * The failed hypothesis of "theta is a solution" (Definition 2.1, with the tolerance
   * {@link StepSizeTolerances#SOLUTION}), or the empty string when it holds: shapes, finiteness,
   * interpolation.
   */
  public String solutionFailure() {
    if (theta.length != model.blocks() * data.dimension()) {
      return "theta has length " + model.blocks() * data.dimension();
    }
    for (double value : theta) {
      if (!Double.isFinite(value)) {
        return "theta finite";
      }
    }
    for (double value : data.features()) {
      if (!Double.isFinite(value)) {
        return "X finite";
      }
    }
    double[] residuals = loss().residuals(theta);
    double[] magnitude = model.betaMagnitude(theta, data.dimension());
    for (int n = 0; n < data.samples(); n++) {
      double scale = Math.abs(data.labels()[n]);
      for (int i = 0; i < data.dimension(); i++) {
        scale += Math.abs(data.feature(n, i)) * magnitude[i];
      }
      if (!(Math.abs(residuals[n]) <= StepSizeTolerances.SOLUTION * scale)) {
        return "theta is a solution (f(x_n) = y_n); residual " + residuals[n] + " at n=" + n;
      }
    }
    return "";
  }
}
