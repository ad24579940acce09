package org.tacit.benign.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * Gradient descent on the plain linear model {@code beta} with loss
 * {@code (1/2n) ||X beta - y||^2}, from {@code beta_0 = 0}, with step eta, run exactly for
 * {@code steps} steps: {@code beta_{t+1} = beta_t - (eta/n) X^T (X beta_t - y)}.
 *
 * <p>Spec: {@code ZG:rem-1.1}.
 *
 * @param x the design X ({@code n x d}, exact)
 * @param y the responses (length n)
 * @param eta the step size
 * @param steps the number of GD steps checked
 */
public record MinimumNormGradientDescentInstance(RationalMatrix x, BigRational[] y,
    BigRational eta, int steps) {

  /** Copies y. */
  public MinimumNormGradientDescentInstance {
    y = y.clone();
  }

  /** A copy of y. */
  @Override
  public BigRational[] y() {
    return y.clone();
  }

  /** The number of samples n. */
  public int samples() {
    return x.rows();
  }

  /** The dimension d. */
  public int dimension() {
    return x.cols();
  }
}
