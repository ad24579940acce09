package org.tacit.flow;

import org.tacit.linalg.Vectors;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.TrainingTolerances;
import org.tacit.training.WarmupSchedule;

/**
 * Gradient descent {@code u <- u - eta grad L~(u)} on {@link QuadraticReparameterizedLoss} from
 * {@code u_0 = alpha 1}, run by the shared loop {@link GradientDescent} with a constant step.
 * Stops as converged when {@code ||A u^2 - y|| <= residualTolerance * max(1, ||y||)} (expressed as
 * the loss tolerance {@code L~(u) = ||A u^2 - y||^2 < nextUp((residualTolerance max(1, ||y||))^2)},
 * the same test up to the rounding of the square), as diverged by the shared rule (a non-finite
 * loss: the last finite iterate is returned; or a loss above
 * {@link TrainingTolerances#DIVERGENCE_FACTOR} {@code = 1e8} times the initial loss; the factor was
 * 1e6 before the loop was shared), or after {@code maxSteps}.
 *
 * <p>As {@code eta -> 0} the iterates follow the gradient flow, so the limit approaches
 * {@link LogDomainGradientFlow}'s; at finite {@code eta} the two differ by O(eta) (measured in
 * tests). Cost: O(N d) per step.
 *
 * <p>Spec: {@code MS:def-I.4} (discretized).
 */
public final class QuadraticGradientDescent {

  private final QuadraticReparameterizedLoss loss;

  /** Gradient descent on {@code loss}. */
  public QuadraticGradientDescent(QuadraticReparameterizedLoss loss) {
    this.loss = loss;
  }

  /**
   * Runs from {@code alpha 1} with step {@code eta}; {@code alpha > 0}, {@code eta > 0} finite,
   * {@code residualTolerance >= 0}, {@code maxSteps >= 0} (otherwise
   * {@link IllegalArgumentException}). The result's time is {@code eta * steps}, its evaluations
   * equal its steps, and its reason is {@code "residual ... <= ..."}, {@code "no convergence in
   * maxSteps steps (residual ...)"} or the divergence reason of {@link GradientDescent}
   * ({@code "diverged: ..."}).
   */
  public FlowResult run(double alpha, double eta, double residualTolerance, long maxSteps) {
    if (!(alpha > 0) || !(eta > 0) || !Double.isFinite(eta)) {
      throw new IllegalArgumentException("alpha and eta must be positive (eta finite), got "
          + alpha + " and " + eta);
    }
    if (!(residualTolerance >= 0)) {
      throw new IllegalArgumentException("residual tolerance must be >= 0, got "
          + residualTolerance);
    }
    double[] u = new double[loss.cols()];
    java.util.Arrays.fill(u, alpha);
    double scale = Math.max(1.0, Vectors.norm(loss.target()));
    double bound = residualTolerance * scale;
    TrainingResult run = GradientDescent.run(new QuadraticObjective(loss), u,
        new TrainingSettings(WarmupSchedule.constant(eta), Math.nextUp(bound * bound), maxSteps));
    double residual = Math.sqrt(run.finalLoss());
    String reason;
    if (run.converged()) {
      reason = "residual " + residual + " <= " + residualTolerance + " * " + scale;
    } else if (run.reason().equals(TrainingResult.BUDGET)) {
      reason = "no convergence in " + maxSteps + " steps (residual " + residual + ")";
    } else {
      reason = run.reason();
    }
    return result(run.theta(), eta * run.steps(), run.steps(), residual, run.converged(), reason);
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
