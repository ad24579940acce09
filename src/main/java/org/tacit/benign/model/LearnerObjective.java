package org.tacit.benign.model;

import org.tacit.linalg.DenseKernels;
import org.tacit.training.Objective;

/**
 * The loss {@code L = ||X beta - y||^2 / (2n)} of the learner (1), {@code beta = v + lambda (w o w
 * - u o u)}, as an {@link Objective} for {@link org.tacit.training.GradientDescent} in double, on
 * the flat parameter vector {@code theta = (w, u, v)} of length {@code 3d}; its gradient is that of
 * (2): {@code (g o 2 lambda w, -g o 2 lambda u, g)}, {@code g = (1/n) X^T r}.
 *
 * <p>Contract: {@link #loss} stores the residuals {@code r = X beta - y}; {@link #gradient} and
 * {@link #descend} use them and must follow {@link #loss} at the same {@code theta} (the
 * {@link Objective} protocol; otherwise they throw {@link IllegalStateException}). The fused
 * {@link #descend} is the simultaneous update (2): every block uses the same {@code g}. Holds
 * scratch arrays: one instance per concurrent run. {@code X} is row-major {@code n x d}; arrays
 * are not copied.
 *
 * <p>Cost: {@link #loss} O(n d) ({@link DenseKernels#times}); {@link #gradient} and
 * {@link #descend} O(n d) ({@link DenseKernels#transposeTimes}).
 *
 * <p>Spec: {@code ZG:eq-1}, {@code ZG:eq-2}.
 */
public final class LearnerObjective implements Objective {

  private final double[] x;
  private final double[] y;
  private final int samples;
  private final int dimension;
  private final double lambda;
  private final double[] beta;
  private final double[] residual;
  private final double[] g;
  private boolean residualCurrent;

  /**
   * The loss on design {@code x} (row-major, {@code samples x dimension}), labels {@code y}
   * (length {@code samples}) and scale {@code lambda}.
   */
  public LearnerObjective(double[] x, double[] y, int samples, int dimension, double lambda) {
    if (x.length != samples * dimension || y.length != samples) {
      throw new IllegalArgumentException("inconsistent shapes");
    }
    this.x = x;
    this.y = y;
    this.samples = samples;
    this.dimension = dimension;
    this.lambda = lambda;
    this.beta = new double[dimension];
    this.residual = new double[samples];
    this.g = new double[dimension];
  }

  /** The flat parameters {@code (alpha 1, alpha 1, 0)} of the paper's initialization. */
  public static double[] initialParameters(int dimension, double alpha) {
    double[] theta = new double[3 * dimension];
    for (int k = 0; k < 2 * dimension; k++) {
      theta[k] = alpha;
    }
    return theta;
  }

  @Override
  public int dimension() {
    return 3 * dimension;
  }

  /** {@code L(theta) = ||X beta - y||^2/(2n)}, storing the residuals. */
  @Override
  public double loss(double[] theta) {
    for (int k = 0; k < dimension; k++) {
      double w = theta[k];
      double u = theta[dimension + k];
      beta[k] = theta[2 * dimension + k] + lambda * ((w - u) * (w + u));
    }
    DenseKernels.times(x, samples, dimension, beta, residual);
    double sum = 0;
    for (int i = 0; i < samples; i++) {
      residual[i] -= y[i];
      sum += residual[i] * residual[i];
    }
    residualCurrent = true;
    return sum / (2.0 * samples);
  }

  /** {@code (g o 2 lambda w, -g o 2 lambda u, g)} from the residuals of the last {@link #loss}. */
  @Override
  public void gradient(double[] theta, double[] out) {
    correlation();
    for (int k = 0; k < dimension; k++) {
      out[k] = 2 * lambda * g[k] * theta[k];
      out[dimension + k] = -2 * lambda * g[k] * theta[dimension + k];
      out[2 * dimension + k] = g[k];
    }
  }

  /** The update (2) in place, all blocks with the same {@code g}. */
  @Override
  public void descend(double[] theta, double step) {
    correlation();
    for (int k = 0; k < dimension; k++) {
      double scaled = step * 2 * lambda * g[k];
      theta[k] -= scaled * theta[k];
      theta[dimension + k] += scaled * theta[dimension + k];
      theta[2 * dimension + k] -= step * g[k];
    }
    residualCurrent = false;
  }

  private void correlation() {
    if (!residualCurrent) {
      throw new IllegalStateException("gradient or descend without a loss at this theta");
    }
    DenseKernels.transposeTimes(x, samples, dimension, residual, 1.0 / samples, g);
  }
}
