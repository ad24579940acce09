package org.tacit.stepsize.model;

import org.tacit.linalg.DenseKernels;

/**
 * Gradient descent (2) with the warm-up schedule of NRSS Section 7 on the loss (1)
 * {@code L(theta) = (1/(2N)) sum_n (y_n - f_theta(x_n))^2} of a diagonal network:
 * {@code theta_{t+1} = theta_t - eta_t grad L(theta_t)}, with the gradient (17)
 * {@code grad L = c(theta) o (g; ...; g)}, {@code g = (1/N) X^T (X beta(theta) - y)}.
 *
 * <p>Contract: at each {@code t = 0, 1, ...} the loss at {@code theta_t} is evaluated first; the run
 * stops as converged when it has been below {@code lossTolerance} at the last
 * {@code confirmationSteps + 1} iterates, as diverged when it is not finite or
 * above {@link StepSizeTolerances#DIVERGENCE_FACTOR} times the initial loss (the last finite
 * iterate is returned, never NaN), and as not converged after {@code maxSteps} updates. The initial
 * parameters are not modified. Deterministic: a sweep may call it per (alpha, eta) point from any
 * thread (no shared state).
 *
 * <p>Cost per step: two passes over {@code X} ({@link DenseKernels}), O(N d), plus O(B d).
 *
 * <p>Spec: {@code NRSS:eq-2}, {@code NRSS:eq-17}, {@code NRSS:rem-7.2}.
 */
public final class GradientDescent {

  private GradientDescent() {}

  /** Runs GD on {@code data} with {@code model} from {@code initial} under {@code settings}. */
  public static TrainingResult train(RegressionData data, DiagonalNetworkModel model,
      double[] initial, TrainingSettings settings) {
    int samples = data.samples();
    int d = data.dimension();
    RegressionData.requireLength(initial, model.blocks() * d, "initial parameters");
    double[] x = data.features();
    double[] y = data.labels();
    double[] theta = initial.clone();
    double[] previous = theta.clone();
    double[] residual = new double[samples];
    double[] g = new double[d];
    double initialLoss = Double.NaN;
    double previousLoss = Double.NaN;
    long belowTolerance = 0;
    for (long t = 0; ; t++) {
      double loss = loss(data, model, theta, residual);
      if (t == 0) {
        initialLoss = loss;
      }
      if (!Double.isFinite(loss)) {
        return diverged(t, previous, previousLoss, "diverged: loss not finite at step " + t,
            settings);
      }
      belowTolerance = loss < settings.lossTolerance() ? belowTolerance + 1 : 0;
      if (belowTolerance > settings.confirmationSteps()) {
        return new TrainingResult(true, TrainingResult.CONVERGED, t, loss, theta,
            lastStep(settings, t));
      }
      if (t > 0 && loss > StepSizeTolerances.DIVERGENCE_FACTOR * initialLoss) {
        return diverged(t, theta, loss, "diverged: loss " + loss + " above "
            + StepSizeTolerances.DIVERGENCE_FACTOR + " x initial loss " + initialLoss
            + " at step " + t, settings);
      }
      if (t >= settings.maxSteps()) {
        return new TrainingResult(false, TrainingResult.BUDGET, t, loss, theta,
            lastStep(settings, t));
      }
      DenseKernels.transposeTimes(x, samples, d, residual, 1.0 / samples, g);
      double[] c = model.featureCoefficients(theta, d);
      double step = settings.schedule().stepAt(t);
      System.arraycopy(theta, 0, previous, 0, theta.length);
      previousLoss = loss;
      for (int k = 0; k < theta.length; k++) {
        theta[k] -= step * c[k] * g[k % d];
      }
    }
  }

  /** {@code L(theta)}, writing the residuals {@code X beta - y} into {@code residual}. */
  private static double loss(RegressionData data, DiagonalNetworkModel model, double[] theta,
      double[] residual) {
    double[] beta = model.beta(theta, data.dimension());
    DenseKernels.times(data.features(), data.samples(), data.dimension(), beta, residual);
    double[] y = data.labels();
    double sum = 0;
    for (int n = 0; n < residual.length; n++) {
      residual[n] -= y[n];
      sum += residual[n] * residual[n];
    }
    return sum / (2.0 * data.samples());
  }

  private static TrainingResult diverged(long steps, double[] theta, double loss, String reason,
      TrainingSettings settings) {
    return new TrainingResult(false, reason, steps, loss, theta.clone(),
        lastStep(settings, steps));
  }

  private static double lastStep(TrainingSettings settings, long steps) {
    return settings.schedule().stepAt(Math.max(steps - 1, 0));
  }
}
