package org.tacit.flow;

import org.tacit.training.Objective;

/**
 * {@link QuadraticReparameterizedLoss} as a training {@link Objective}:
 * {@code L~(u) = ||A u^2 - y||^2} with gradient {@code 4 u o A^T (A u^2 - y)}.
 *
 * <p>Contract: {@link #loss} stores the residual {@code A u^2 - y}; {@link #gradient} (and the
 * default {@link #descend}) use it, so they must follow {@link #loss} at the same {@code u} (the
 * {@link Objective} protocol; otherwise {@link IllegalStateException}). The loss sums the squared
 * residuals left to right, as {@link QuadraticReparameterizedLoss#lossOfModel} does, and the
 * gradient is evaluated as in {@link QuadraticReparameterizedLoss#gradient}. Holds scratch state:
 * one instance per concurrent run.
 *
 * <p>Cost: O(N d) per {@link #loss} and per {@link #gradient}.
 *
 * <p>Spec: {@code MS:def-I.1}.
 */
final class QuadraticObjective implements Objective {

  private final QuadraticReparameterizedLoss loss;
  private double[] residual = new double[0];
  private boolean residualCurrent;

  /** The objective of {@code loss}. */
  QuadraticObjective(QuadraticReparameterizedLoss loss) {
    this.loss = loss;
  }

  @Override
  public int dimension() {
    return loss.cols();
  }

  /** {@code ||A u^2 - y||^2}, storing the residual. */
  @Override
  public double loss(double[] u) {
    residual = loss.residual(QuadraticReparameterizedLoss.square(u));
    residualCurrent = true;
    double sum = 0;
    for (double r : residual) {
      sum += r * r;
    }
    return sum;
  }

  /** {@code out_j = (A^T r)_j (4 u_j)}, {@code r} the residual of the last {@link #loss}. */
  @Override
  public void gradient(double[] u, double[] out) {
    if (!residualCurrent) {
      throw new IllegalStateException("gradient without a loss at this u");
    }
    double[] g = loss.transposeTimes(residual);
    for (int j = 0; j < out.length; j++) {
      out[j] = g[j] * (4 * u[j]);
    }
  }

  /** The default step {@code u_j -= step g_j}; afterwards a new {@link #loss} is needed. */
  @Override
  public void descend(double[] u, double step) {
    Objective.super.descend(u, step);
    residualCurrent = false;
  }
}
