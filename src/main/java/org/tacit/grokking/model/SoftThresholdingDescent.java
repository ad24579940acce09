package org.tacit.grokking.model;

import java.util.Optional;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;

/**
 * ISTA, the proximal gradient method of TDR Appendix D.1, in double precision:
 * {@code a <- S_{alpha beta}(a - alpha X^T (X a - y*))} with the soft-thresholding operator
 * {@code S_gamma(a)_i = sign(a_i) max(|a_i| - gamma, 0)}, as an {@link org.tacit.training.IterativeMethod} of the
 * shared training loop (whose loss is {@code f = g + beta ||.||_1}); every iterate is shown to a
 * {@link StepObserver} with its residual. The exact counterpart is {@link ProximalRunInstance}.
 *
 * <p>Contract: one instance per run; per the loop's protocol {@link #loss} caches the residual
 * that {@link #update} uses. Cost per step: two passes over X (O(N n)).
 *
 * <p>Spec: {@code TDR:rem-D.1.3}, {@code TDR:fig-13}.
 */
public final class SoftThresholdingDescent extends ObservedDescent {

  private final double[] gradient;

  /**
   * The method on g's design and targets with weight {@code beta >= 0} of the l1 term.
   *
   * @throws IllegalArgumentException if beta is negative or not finite
   */
  public SoftThresholdingDescent(LeastSquaresLoss g, double beta, StepObserver observer) {
    super(g, new L1Norm(g.dimension()), beta, observer);
    this.gradient = new double[g.dimension()];
  }

  /**
   * Runs {@code maxSteps} updates with constant step {@code alpha} from {@code initial} (not
   * modified).
   */
  public static TrainingResult run(LeastSquaresLoss g, double beta, double alpha,
      double[] initial, long maxSteps, StepObserver observer, ProgressListener progress) {
    return ObservedDescent.run(new SoftThresholdingDescent(g, beta, observer), alpha, initial,
        maxSteps, progress);
  }

  /** {@code S_gamma(value) = sign(value) max(|value| - gamma, 0)}. */
  public static double softThreshold(double value, double gamma) {
    double magnitude = Math.abs(value) - gamma;
    return magnitude > 0 ? Math.copySign(magnitude, value) : 0.0;
  }

  @Override
  public Optional<String> update(double[] theta, long t, double step) {
    g.gradientFromResidual(residual, gradient);
    double gamma = step * beta;
    for (int k = 0; k < theta.length; k++) {
      theta[k] = softThreshold(theta[k] - step * gradient[k], gamma);
    }
    return Optional.empty();
  }
}
