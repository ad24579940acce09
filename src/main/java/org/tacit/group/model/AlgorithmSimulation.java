package org.tacit.group.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The simulated regression problems of LNHW Section 5 and Appendix E: {@code y = X w* + xi} with
 * {@code X} i.i.d. Rademacher (or standard normal) entries, {@code xi} i.i.d.
 * {@code N(0, sigma^2)},
 * and {@code w*} given (the figures put the support in the first groups). Seeded: the same seed
 * gives the same {@code X} and {@code xi} ({@link SplittableRandom}; the authors' numpy draws
 * cannot be matched).
 *
 * <p>Cost O(n p). Spec: {@code LNHW:fig-2} to {@code LNHW:fig-6}, {@code LNHW:fig-11}.
 *
 * @param design the instance {@code (X, y)} with its groups
 * @param wStar the true {@code w*}
 * @param noise the noise {@code xi}
 * @param seed the seed
 */
public record AlgorithmSimulation(GroupedDesign design, double[] wStar, double[] noise,
    long seed) {

  /** Copies the arrays. */
  public AlgorithmSimulation {
    wStar = wStar.clone();
    noise = noise.clone();
  }

  /** The true weights (a copy). */
  @Override
  public double[] wStar() {
    return wStar.clone();
  }

  /** The noise (a copy). */
  @Override
  public double[] noise() {
    return noise.clone();
  }

  /** Rademacher design: {@code X_ij = +-1} with probability 1/2 each. */
  public static AlgorithmSimulation rademacher(int n, GroupPartition groups, double[] wStar,
      double sigma, long seed) {
    return draw(n, groups, wStar, sigma, seed, false);
  }

  /** Gaussian design: {@code X_ij ~ N(0, 1)}. */
  public static AlgorithmSimulation gaussian(int n, GroupPartition groups, double[] wStar,
      double sigma, long seed) {
    return draw(n, groups, wStar, sigma, seed, true);
  }

  /** {@code w*} of length {@code p} whose first entries are {@code leading}, the rest zero. */
  public static double[] leading(int p, double... leading) {
    double[] w = new double[p];
    System.arraycopy(leading, 0, w, 0, leading.length);
    return w;
  }

  private static AlgorithmSimulation draw(int n, GroupPartition groups, double[] wStar,
      double sigma, long seed, boolean gaussian) {
    int p = groups.dimension();
    if (wStar.length != p || !(sigma >= 0)) {
      throw new IllegalArgumentException("w* must have p = " + p + " entries and sigma >= 0");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n * p];
    for (int k = 0; k < x.length; k++) {
      x[k] = gaussian ? random.nextGaussian() : random.nextBoolean() ? 1.0 : -1.0;
    }
    double[] xi = new double[n];
    double[] y = new double[n];
    for (int row = 0; row < n; row++) {
      xi[row] = sigma * random.nextGaussian();
      double fit = 0;
      for (int i = 0; i < p; i++) {
        fit += x[row * p + i] * wStar[i];
      }
      y[row] = fit + xi[row];
    }
    return new AlgorithmSimulation(new GroupedDesign(n, groups, x, y), wStar, xi, seed);
  }

  /** {@code (u_l*)^2 = ||w_l*||} per group (0 off the support). */
  public double[] targetMagnitudes() {
    GroupPartition groups = design.groups();
    double[] target = new double[groups.groupCount()];
    for (int i = 0; i < wStar.length; i++) {
      target[groups.groupOf(i)] += wStar[i] * wStar[i];
    }
    for (int l = 0; l < target.length; l++) {
      target[l] = Math.sqrt(target[l]);
    }
    return target;
  }

  /** {@code u(0) = alpha 1_L}. */
  public double[] uniformU(double alpha) {
    double[] u = new double[design.groups().groupCount()];
    Arrays.fill(u, alpha);
    return u;
  }

  /** {@code v_l(0) = 1_{p_l} / sqrt(p_l)} for every group (the authors' code). */
  public double[] uniformDirections() {
    GroupPartition groups = design.groups();
    double[] v = new double[groups.dimension()];
    for (int i = 0; i < v.length; i++) {
      v[i] = 1.0 / Math.sqrt(groups.size(groups.groupOf(i)));
    }
    return v;
  }
}
