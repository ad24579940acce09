package org.tacit.stepsize.model;

import org.tacit.verify.Draws;

/**
 * Initial parameters for {@link org.tacit.training.GradientDescent}: the uniform initialization
 * {@code alpha 1} of NRSS Section 7 ({@code u_+ = u_- = alpha 1}; for the UV model all four
 * blocks), and random shapes {@code alpha |z|} with {@code z} standard normal entries (Appendix E
 * uses random normal initialization; the absolute value keeps the depth-D model away from the
 * sign-symmetric saddle that negative entries of odd D would create).
 *
 * <p>Spec: {@code NRSS:rem-7.2}.
 */
public final class Initialization {

  private Initialization() {}

  /** {@code alpha 1} in {@code R^{B d}}; {@code alpha > 0} finite. */
  public static double[] uniform(DiagonalNetworkModel model, int dimension, double alpha) {
    requireScale(alpha);
    double[] theta = new double[model.blocks() * dimension];
    java.util.Arrays.fill(theta, alpha);
    return theta;
  }

  /** {@code alpha |z_k|}, {@code z_k} i.i.d. standard normal from {@code draws}. */
  public static double[] randomNormal(DiagonalNetworkModel model, int dimension, double alpha,
      Draws draws) {
    requireScale(alpha);
    double[] theta = new double[model.blocks() * dimension];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = alpha * Math.abs(draws.gaussian());
    }
    return theta;
  }

  private static void requireScale(double alpha) {
    if (!(alpha > 0) || !Double.isFinite(alpha)) {
      throw new IllegalArgumentException("initialization scale alpha must be finite and > 0, got "
          + alpha);
    }
  }
}
