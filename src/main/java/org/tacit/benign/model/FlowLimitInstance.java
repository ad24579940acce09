package org.tacit.benign.model;

/**
 * An instance of the gradient-flow oracle check of model (1): data {@code (X, y)}, the scale
 * {@code lambda}, the initialization {@code alpha}, and the largest of the three GD steps
 * {@code eta, eta/2, eta/4} compared with the flow limit.
 *
 * <p>Contract: {@code X} row-major {@code samples x dimension}; arrays are copied.
 *
 * <p>Spec: {@code ZG:rem-1.4}.
 *
 * @param x the design X
 * @param samples n
 * @param dimension d
 * @param y the labels
 * @param lambda the scale of the quadratic part of (1)
 * @param alpha the initialization {@code w = u = alpha 1}, {@code v = 0}
 * @param eta the largest GD step
 */
public record FlowLimitInstance(double[] x, int samples, int dimension, double[] y,
    double lambda, double alpha, double eta) {

  /** Copies the arrays. */
  public FlowLimitInstance {
    x = x.clone();
    y = y.clone();
  }

  /** The design (a copy). */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** The labels (a copy). */
  @Override
  public double[] y() {
    return y.clone();
  }
}
