package org.tacit.grokking.model;

import org.tacit.training.IterationLoop;
import org.tacit.training.IterativeMethod;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * The common part of TDR's first-order methods on {@code f = g + beta h} with a
 * {@link LeastSquaresLoss} g (subgradient descent, projected subgradient, ISTA): the loss
 * {@code f}, which also computes the residual the update uses and shows every iterate to a
 * {@link StepObserver}, and the constant-step run through the shared training loop. Subclasses
 * implement {@link #update}.
 *
 * <p>Contract: per the loop's protocol, {@link #loss} is called at theta before
 * {@link #update}, so {@link #residual} belongs to the current iterate there. One instance per run.
 */
abstract class ObservedDescent implements IterativeMethod {

  /** The data term. */
  final LeastSquaresLoss g;

  /** The regularizer h. */
  final Regularizer h;

  /** The weight of h, finite and {@code >= 0}. */
  final double beta;

  /** {@code X a - y*} at the iterate of the last {@link #loss}. */
  final double[] residual;

  private final StepObserver observer;
  private long observed;

  /**
   * @throws IllegalArgumentException if the dimensions of g and h differ or {@code beta} is
   *     negative or not finite
   */
  ObservedDescent(LeastSquaresLoss g, Regularizer h, double beta, StepObserver observer) {
    if (g.dimension() != h.dimension()) {
      throw new IllegalArgumentException("g has " + g.dimension() + " parameters, h "
          + h.dimension());
    }
    if (!(beta >= 0) || !Double.isFinite(beta)) {
      throw new IllegalArgumentException("beta must be finite and >= 0, got " + beta);
    }
    this.g = g;
    this.h = h;
    this.beta = beta;
    this.observer = observer;
    this.residual = new double[g.samples()];
  }

  /** Runs {@code maxSteps} updates of {@code method} with constant step alpha from initial. */
  static TrainingResult run(ObservedDescent method, double alpha, double[] initial,
      long maxSteps, ProgressListener progress) {
    TrainingSettings settings =
        new TrainingSettings(WarmupSchedule.constant(alpha), Double.MIN_VALUE, maxSteps);
    return IterationLoop.run(method, initial, settings, progress);
  }

  @Override
  public final int dimension() {
    return g.dimension();
  }

  @Override
  public final double loss(double[] theta) {
    g.residual(theta, residual);
    observer.observe(observed++, theta, residual);
    double regularization = beta == 0 ? 0 : beta * h.value(theta);
    return LeastSquaresLoss.halfSquaredNorm(residual) + regularization;
  }
}
