package org.tacit.benign.model;

import org.tacit.linalg.DenseKernels;

/**
 * The error decomposition of the min-l2 interpolator on {@code y = X beta* + xi}:
 * {@code beta_l2 - beta* = -(I - P) beta* + X^T K^{-1} xi}, with P the orthogonal projection
 * onto {@code row(X)} ({@code P beta*} is the min-l2 interpolator of {@code X beta*}); the two
 * terms are orthogonal ({@code ker X} and {@code row(X)}), so
 * {@code ||beta_l2 - beta*||^2 = ||(I - P) beta*||^2 + ||X^T K^{-1} xi||^2}.
 *
 * <p>Contract: X of full row rank (else {@link IllegalArgumentException} from the solver). Cost:
 * three min-l2 solves.
 *
 * <p>Spec: {@code ZG:rem-1.2}.
 *
 * @param interpolator {@code beta_l2} (min-l2 interpolator of y)
 * @param projection {@code P beta*}
 * @param noiseFit {@code X^T K^{-1} xi}
 */
public record MinimumNormRisk(double[] interpolator, double[] projection, double[] noiseFit) {

  /** Copies the arrays. */
  public MinimumNormRisk {
    interpolator = interpolator.clone();
    projection = projection.clone();
    noiseFit = noiseFit.clone();
  }

  /** A copy of beta_l2. */
  @Override
  public double[] interpolator() {
    return interpolator.clone();
  }

  /** A copy of P beta*. */
  @Override
  public double[] projection() {
    return projection.clone();
  }

  /** A copy of the noise fit. */
  @Override
  public double[] noiseFit() {
    return noiseFit.clone();
  }

  /** The three solves for the instance. */
  public static MinimumNormRisk of(MinimumNormRiskInstance instance) {
    int n = instance.samples();
    int d = instance.dimension();
    double[] x = instance.x();
    double[] signal = new double[n];
    DenseKernels.times(x, n, d, instance.betaStar(), signal);
    double[] noise = instance.noise();
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = signal[i] + noise[i];
    }
    return new MinimumNormRisk(MinimumNormInterpolator.solve(x, n, d, y).beta(),
        MinimumNormInterpolator.solve(x, n, d, signal).beta(),
        MinimumNormInterpolator.solve(x, n, d, noise).beta());
  }
}
