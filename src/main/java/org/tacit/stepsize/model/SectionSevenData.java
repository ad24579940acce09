package org.tacit.stepsize.model;

import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * The sparse regression data of NRSS Section 7: samples {@code x_n ~ N(mu 1, sigma^2 I_d)} i.i.d.,
 * labels {@code y_n ~ N(<beta*, x_n>, noiseVariance)} (0.01 read as the variance), and
 * {@code beta*} {@code r*}-sparse with its non-zero entries {@code 1/sqrt(r*)} on a uniformly random
 * support (so {@code ||beta*||_2 = 1}). Defaults: {@code d = 100, N = 50, r* = 5, mu = 5,
 * sigma^2 = 5}.
 *
 * <p>Reproducible: {@link #sample(long)} with the same seed gives the same data on every machine
 * ({@link SeededDraws}); the draws are, in order, the support, the {@code N x d} features row by
 * row, then the {@code N} label noises.
 *
 * <p>Spec: {@code NRSS:rem-7.1}.
 *
 * @param dimension {@code d >= 1}
 * @param samples {@code N >= 1}
 * @param sparsity {@code r*} in {@code [1, d]}
 * @param mean {@code mu} (the common mean of every coordinate)
 * @param variance {@code sigma^2 >= 0}
 * @param noiseVariance the label noise variance {@code >= 0} (0.01 in the paper)
 */
public record SectionSevenData(int dimension, int samples, int sparsity, double mean,
    double variance, double noiseVariance) {

  /** Validates the parameters. */
  public SectionSevenData {
    if (dimension < 1 || samples < 1 || sparsity < 1 || sparsity > dimension) {
      throw new IllegalArgumentException("need d >= 1, N >= 1, 1 <= r* <= d");
    }
    if (!(variance >= 0) || !(noiseVariance >= 0) || !Double.isFinite(mean)) {
      throw new IllegalArgumentException("need finite mu and variances >= 0");
    }
  }

  /** The paper's defaults: d = 100, N = 50, r* = 5, mu = 5, sigma^2 = 5, noise variance 0.01. */
  public static SectionSevenData defaults() {
    return new SectionSevenData(100, 50, 5, 5.0, 5.0, 0.01);
  }

  /**
   * A training set with its planted predictor.
   *
   * @param data the N samples and noisy labels
   * @param plantedPredictor {@code beta*}
   */
  public record Sample(RegressionData data, double[] plantedPredictor) {}

  /** A sample drawn from a {@link SeededDraws} with {@code seed}. */
  public Sample sample(long seed) {
    return draw(new SeededDraws(seed));
  }

  /** A sample drawn from {@code draws}. O(N d). */
  public Sample draw(Draws draws) {
    double[] beta = new double[dimension];
    int[] order = new int[dimension];
    for (int i = 0; i < dimension; i++) {
      order[i] = i;
    }
    double entry = 1.0 / Math.sqrt(sparsity);
    for (int k = 0; k < sparsity; k++) {
      int pick = draws.intBetween(k, dimension - 1);
      int chosen = order[pick];
      order[pick] = order[k];
      order[k] = chosen;
      beta[chosen] = entry;
    }
    RegressionData features = features(draws, samples);
    double[] clean = features.times(beta);
    double noise = Math.sqrt(noiseVariance);
    for (int n = 0; n < samples; n++) {
      clean[n] += noise * draws.gaussian();
    }
    return new Sample(features.withLabels(clean), beta);
  }

  /**
   * A fresh test set of {@code count} samples for a given {@code beta*}, labels with the same
   * noise. O(count d).
   */
  public RegressionData testSet(double[] plantedPredictor, int count, Draws draws) {
    RegressionData.requireLength(plantedPredictor, dimension, "beta*");
    RegressionData features = features(draws, count);
    double[] y = features.times(plantedPredictor);
    double noise = Math.sqrt(noiseVariance);
    for (int n = 0; n < count; n++) {
      y[n] += noise * draws.gaussian();
    }
    return features.withLabels(y);
  }

  private RegressionData features(Draws draws, int count) {
    double sigma = Math.sqrt(variance);
    double[] x = new double[count * dimension];
    for (int k = 0; k < x.length; k++) {
      x[k] = mean + sigma * draws.gaussian();
    }
    return new RegressionData(count, dimension, x, new double[count]);
  }
}
