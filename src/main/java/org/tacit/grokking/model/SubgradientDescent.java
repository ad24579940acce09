package org.tacit.grokking.model;

import java.util.Optional;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;

/**
 * Subgradient descent (1) on {@code f = g + beta h}: {@code a <- a - alpha (grad g(a) + beta H(a))}
 * with {@code g} a {@link LeastSquaresLoss} and {@code H} the {@link Regularizer}'s subgradient, as
 * an {@link org.tacit.training.IterativeMethod} of the shared training loop (whose loss is {@code f}). Every iterate
 * is shown to a {@link StepObserver} with its residual (e.g. {@link GrokkingSteps}).
 *
 * <p>Contract: per the loop's call protocol, {@link #loss} caches the residual that
 * {@link #update} uses. One instance per run (it holds scratch arrays and the observer). Cost per
 * step: two passes over {@code X} (O(N p)) plus one {@link Regularizer#value} and one
 * {@link Regularizer#subgradient} (O(p) for l1 and l2, one SVD for the nuclear norm).
 *
 * <p>Spec: {@code TDR:eq-1}, {@code TDR:eq-3}.
 */
public final class SubgradientDescent extends ObservedDescent {

  private final double[] gradient;
  private final double[] subgradient;

  /**
   * The method for {@code f = g + beta h}.
   *
   * @throws IllegalArgumentException if the dimensions differ or {@code beta} is negative or not
   *     finite
   */
  public SubgradientDescent(LeastSquaresLoss g, Regularizer h, double beta,
      StepObserver observer) {
    super(g, h, beta, observer);
    this.gradient = new double[g.dimension()];
    this.subgradient = new double[g.dimension()];
  }

  /**
   * Runs {@code maxSteps} updates with constant step {@code alpha} from {@code initial} (not
   * modified), stopping early only on divergence (the loop's rule) or if {@code f} reaches 0.
   */
  public static TrainingResult run(LeastSquaresLoss g, Regularizer h, double beta, double alpha,
      double[] initial, long maxSteps, StepObserver observer, ProgressListener progress) {
    return ObservedDescent.run(new SubgradientDescent(g, h, beta, observer), alpha, initial,
        maxSteps, progress);
  }

  @Override
  public Optional<String> update(double[] theta, long t, double step) {
    g.gradientFromResidual(residual, gradient);
    if (beta != 0) {
      h.subgradient(theta, subgradient);
      for (int k = 0; k < theta.length; k++) {
        theta[k] -= step * (gradient[k] + beta * subgradient[k]);
      }
    } else {
      for (int k = 0; k < theta.length; k++) {
        theta[k] -= step * gradient[k];
      }
    }
    return Optional.empty();
  }
}
