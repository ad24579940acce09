package org.tacit.flow;

import org.tacit.linalg.Vectors;

/**
 * Gradient descent {@code u <- u - eta grad L~(u)} on {@link QuadraticReparameterizedLoss} from
 * {@code u_0 = alpha 1}. Stops when {@code ||A u^2 - y|| <= residualTolerance * max(1, ||y||)}
 * (converged), when a non-finite value appears or the loss exceeds {@code 1e6} times its initial
 * value (diverged: reported, never returned as NaN), or after {@code maxSteps}.
 *
 * <p>As {@code eta -> 0} the iterates follow the gradient flow, so the limit approaches
 * {@link LogDomainGradientFlow}'s; at finite {@code eta} the two differ by O(eta) (measured in
 * tests). Cost: O(N d) per step.
 *
 * <p>Spec: {@code MS:def-I.4} (discretized).
 */
public final class QuadraticGradientDescent {

  private static final double DIVERGENCE_FACTOR = 1e6;

  private final QuadraticReparameterizedLoss loss;

  /** Gradient descent on {@code loss}. */
  public QuadraticGradientDescent(QuadraticReparameterizedLoss loss) {
    this.loss = loss;
  }

  /** Runs from {@code alpha 1} with step {@code eta > 0}. */
  public FlowResult run(double alpha, double eta, double residualTolerance, long maxSteps) {
    if (!(alpha > 0) || !(eta > 0)) {
      throw new IllegalArgumentException("alpha and eta must be positive");
    }
    int d = loss.cols();
    double[] u = new double[d];
    java.util.Arrays.fill(u, alpha);
    double scale = Math.max(1.0, Vectors.norm(loss.target()));
    double initialLoss = loss.loss(u);
    for (long step = 0; ; step++) {
      double[] x = QuadraticReparameterizedLoss.square(u);
      double residual = Vectors.norm(loss.residual(x));
      if (!Double.isFinite(residual) || residual * residual > DIVERGENCE_FACTOR * initialLoss) {
        return result(u, eta * step, step, residual, false,
            "diverged at step " + step + " (loss " + residual * residual + ")");
      }
      if (residual <= residualTolerance * scale) {
        return result(u, eta * step, step, residual, true,
            "residual " + residual + " <= " + residualTolerance + " * " + scale);
      }
      if (step == maxSteps) {
        return result(u, eta * step, step, residual, false,
            "no convergence in " + maxSteps + " steps (residual " + residual + ")");
      }
      double[] g = loss.gradient(u);
      for (int j = 0; j < d; j++) {
        u[j] -= eta * g[j];
      }
    }
  }

  private static FlowResult result(double[] u, double time, long steps, double residual,
      boolean converged, String reason) {
    double[] x = QuadraticReparameterizedLoss.square(u);
    double[] logX = new double[u.length];
    for (int j = 0; j < u.length; j++) {
      logX[j] = 2 * Math.log(Math.abs(u[j]));
    }
    return new FlowResult(logX, x, time, steps, steps, residual, converged, reason);
  }
}
