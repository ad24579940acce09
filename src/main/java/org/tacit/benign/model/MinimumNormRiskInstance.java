package org.tacit.benign.model;

/**
 * A noisy linear regression instance {@code y = X beta* + xi} for the risk of the min-l2
 * interpolator.
 *
 * <p>Spec: {@code ZG:rem-1.2}.
 *
 * @param x the design, row-major {@code n x d}
 * @param samples n
 * @param dimension d
 * @param betaStar the target (length d)
 * @param noise the noise xi (length n)
 */
public record MinimumNormRiskInstance(double[] x, int samples, int dimension, double[] betaStar,
    double[] noise) {

  /** Copies the arrays. */
  public MinimumNormRiskInstance {
    x = x.clone();
    betaStar = betaStar.clone();
    noise = noise.clone();
  }

  /** A copy of X. */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** A copy of beta*. */
  @Override
  public double[] betaStar() {
    return betaStar.clone();
  }

  /** A copy of xi. */
  @Override
  public double[] noise() {
    return noise.clone();
  }
}
