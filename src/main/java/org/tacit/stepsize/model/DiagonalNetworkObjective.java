package org.tacit.stepsize.model;

import org.tacit.linalg.DenseKernels;
import org.tacit.training.Objective;

/**
 * The loss (1) {@code L(theta) = (1/(2N)) sum_n (y_n - f_theta(x_n))^2} of a diagonal network as a
 * {@link Objective} for {@link org.tacit.training.GradientDescent}: gradient (17)
 * {@code grad L = c(theta) o (g; ...; g)} with {@code g = (1/N) X^T (X beta(theta) - y)}.
 *
 * <p>Contract: {@link #loss} stores the residuals {@code X beta - y}; {@link #gradient} and
 * {@link #descend} use them, so they must follow {@link #loss} at the same {@code theta} (the
 * {@link Objective} protocol; otherwise they throw {@link IllegalStateException}). The fused update
 * {@code theta_k -= eta c_k g_{k mod d}} (evaluated as {@code (eta c_k) g_{k mod d}}) is the
 * arithmetic of the NRSS runs, kept bit for bit. Holds scratch arrays: one instance per concurrent
 * run.
 *
 * <p>Cost: {@link #loss} one pass over {@code X} ({@link DenseKernels#times}), O(N d) plus
 * O(B d); {@link #gradient} and {@link #descend} one pass ({@link DenseKernels#transposeTimes}),
 * O(N d) plus O(B d).
 *
 * <p>Spec: {@code NRSS:eq-1}, {@code NRSS:eq-17}.
 */
public final class DiagonalNetworkObjective implements Objective {

  private final RegressionData data;
  private final DiagonalNetworkModel model;
  private final double[] residual;
  private final double[] g;
  private boolean residualCurrent;

  /** The loss (1) of {@code model} on {@code data}. */
  public DiagonalNetworkObjective(RegressionData data, DiagonalNetworkModel model) {
    this.data = data;
    this.model = model;
    this.residual = new double[data.samples()];
    this.g = new double[data.dimension()];
  }

  @Override
  public int dimension() {
    return model.blocks() * data.dimension();
  }

  /** {@code L(theta)}, storing the residuals {@code X beta - y}. */
  @Override
  public double loss(double[] theta) {
    double[] beta = model.beta(theta, data.dimension());
    DenseKernels.times(data.features(), data.samples(), data.dimension(), beta, residual);
    double[] y = data.labels();
    double sum = 0;
    for (int n = 0; n < residual.length; n++) {
      residual[n] -= y[n];
      sum += residual[n] * residual[n];
    }
    residualCurrent = true;
    return sum / (2.0 * data.samples());
  }

  /** {@code out_k = c_k(theta) g_{k mod d}}, from the residuals of the last {@link #loss}. */
  @Override
  public void gradient(double[] theta, double[] out) {
    int d = data.dimension();
    double[] c = coefficientsAndG(theta);
    for (int k = 0; k < theta.length; k++) {
      out[k] = c[k] * g[k % d];
    }
  }

  /** {@code theta_k -= step * c_k(theta) * g_{k mod d}} (left to right), in place. */
  @Override
  public void descend(double[] theta, double step) {
    int d = data.dimension();
    double[] c = coefficientsAndG(theta);
    for (int k = 0; k < theta.length; k++) {
      theta[k] -= step * c[k] * g[k % d];
    }
    residualCurrent = false;
  }

  /** Writes {@code g = (1/N) X^T r} and returns {@code c(theta)}. */
  private double[] coefficientsAndG(double[] theta) {
    if (!residualCurrent) {
      throw new IllegalStateException("gradient or descend without a loss at this theta");
    }
    int samples = data.samples();
    int d = data.dimension();
    DenseKernels.transposeTimes(data.features(), samples, d, residual, 1.0 / samples, g);
    return model.featureCoefficients(theta, d);
  }
}
