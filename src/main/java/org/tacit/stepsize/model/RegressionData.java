package org.tacit.stepsize.model;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A regression data set of NRSS: {@code N} samples {@code x_n in R^d} with labels {@code y_n}.
 *
 * <p>Storage: the features are a flat row-major {@code N x d} array, row {@code n} being the sample
 * {@code x_n} (the paper writes the transpose, {@code X = (x_1, ..., x_N) in R^{d x N}}). The
 * record copies nothing; callers must not mutate the arrays after construction.
 *
 * <p>Spec: {@code NRSS:eq-1} (the data of the loss).
 *
 * @param samples the number of samples {@code N >= 1}
 * @param dimension the dimension {@code d >= 1}
 * @param features the {@code N x d} features, row-major, length {@code N d}
 * @param labels the {@code N} labels
 */
public record RegressionData(int samples, int dimension, double[] features, double[] labels) {

  /** Validates the shapes; throws {@link IllegalArgumentException} on a mismatch. */
  public RegressionData {
    if (samples < 1 || dimension < 1) {
      throw new IllegalArgumentException("need N >= 1 and d >= 1, got " + samples + ", " + dimension);
    }
    if (features.length != samples * dimension || labels.length != samples) {
      throw new IllegalArgumentException("features must be N x d = " + samples + " x " + dimension
          + " and labels of length N; got " + features.length + " and " + labels.length);
    }
  }

  /** The entry {@code x_{n,i}}. */
  public double feature(int n, int i) {
    return features[n * dimension + i];
  }

  /** The empirical mean {@code Ehat x = (1/N) sum_n x_n} (a vector in {@code R^d}). O(N d). */
  public double[] empiricalMean() {
    double[] mean = new double[dimension];
    for (int n = 0; n < samples; n++) {
      for (int i = 0; i < dimension; i++) {
        mean[i] += features[n * dimension + i];
      }
    }
    for (int i = 0; i < dimension; i++) {
      mean[i] /= samples;
    }
    return mean;
  }

  /** The empirical second moments {@code Ehat(x^2) = (1/N) sum_n x_n^2} (elementwise). O(N d). */
  public double[] empiricalSecondMoment() {
    double[] moment = new double[dimension];
    for (int n = 0; n < samples; n++) {
      for (int i = 0; i < dimension; i++) {
        double x = features[n * dimension + i];
        moment[i] += x * x;
      }
    }
    for (int i = 0; i < dimension; i++) {
      moment[i] /= samples;
    }
    return moment;
  }

  /** The predictions {@code X beta}, i.e. {@code <beta, x_n>} for each sample. O(N d). */
  public double[] times(double[] beta) {
    requireLength(beta, dimension, "beta");
    double[] out = new double[samples];
    for (int n = 0; n < samples; n++) {
      double sum = 0;
      int row = n * dimension;
      for (int i = 0; i < dimension; i++) {
        sum += features[row + i] * beta[i];
      }
      out[n] = sum;
    }
    return out;
  }

  /** {@code X^T w}, i.e. {@code sum_n w_n x_n} for {@code w in R^N}. O(N d). */
  public double[] transposeTimes(double[] weights) {
    requireLength(weights, samples, "weights");
    double[] out = new double[dimension];
    for (int n = 0; n < samples; n++) {
      double w = weights[n];
      int row = n * dimension;
      for (int i = 0; i < dimension; i++) {
        out[i] += features[row + i] * w;
      }
    }
    return out;
  }

  /** The same features with new labels {@code y}. */
  public RegressionData withLabels(double[] y) {
    return new RegressionData(samples, dimension, features, y);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RegressionData o && samples == o.samples && dimension == o.dimension
        && Arrays.equals(features, o.features) && Arrays.equals(labels, o.labels);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * samples + dimension) + 17 * Arrays.hashCode(features)
        + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "RegressionData[N=" + samples + ", d=" + dimension + "]";
  }

  static void requireLength(double[] vector, int length, String name) {
    if (vector.length != length) {
      throw new IllegalArgumentException(name + " must have length " + length + ", got "
          + vector.length);
    }
  }
}
