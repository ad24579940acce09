package org.tacit.grokking.model;

import org.tacit.linalg.DenseKernels;

/**
 * The TDR data loss {@code g(a) = ||X a - y||_2^2 / 2} (no 1/N: the paper's convention, Section 3.1
 * and Appendix C.4) with gradient {@code X^T (X a - y)}, for a dense {@code N x p} design stored
 * row-major in a flat array.
 *
 * <p>Contract: immutable; the arrays are copied on construction. {@link #residual} and
 * {@link #gradientFromResidual} read {@code X} once each: O(N p) time, no allocation.
 *
 * <p>Spec: {@code TDR:thm-3.1}, {@code TDR:eq-65} (the loss of sparse recovery),
 * {@code TDR:thm-3.4} (with {@code a = vec(A)}).
 */
public final class LeastSquaresLoss {

  private final double[] x;
  private final int samples;
  private final int dimension;
  private final double[] y;

  /**
   * The loss of design {@code x} ({@code samples x dimension}, row-major) and targets {@code y}
   * (length {@code samples}).
   *
   * @throws IllegalArgumentException if a shape does not match or an entry is not finite
   */
  public LeastSquaresLoss(double[] x, int samples, int dimension, double[] y) {
    if (samples < 1 || dimension < 1 || x.length != samples * dimension || y.length != samples) {
      throw new IllegalArgumentException("X must be " + samples + " x " + dimension + " and y of"
          + " length " + samples + ", got " + x.length + " entries and " + y.length);
    }
    for (double v : x) {
      requireFinite(v);
    }
    for (double v : y) {
      requireFinite(v);
    }
    this.x = x.clone();
    this.samples = samples;
    this.dimension = dimension;
    this.y = y.clone();
  }

  private static void requireFinite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("X and y must be finite, got " + v);
    }
  }

  /** N, the number of samples. */
  public int samples() {
    return samples;
  }

  /** p, the number of parameters. */
  public int dimension() {
    return dimension;
  }

  /** A copy of {@code X}, row-major. */
  public double[] design() {
    return x.clone();
  }

  /** A copy of {@code y}. */
  public double[] targets() {
    return y.clone();
  }

  /** Writes {@code r = X a - y} into {@code out} (length N). */
  public void residual(double[] a, double[] out) {
    DenseKernels.times(x, samples, dimension, a, out);
    for (int i = 0; i < samples; i++) {
      out[i] -= y[i];
    }
  }

  /** Writes {@code grad g(a) = X^T r} into {@code out} (length p), given {@code r = X a - y}. */
  public void gradientFromResidual(double[] residual, double[] out) {
    DenseKernels.transposeTimes(x, samples, dimension, residual, 1.0, out);
  }

  /** {@code g(a) = ||X a - y||^2 / 2}. O(N p), allocates the residual. */
  public double value(double[] a) {
    double[] r = new double[samples];
    residual(a, r);
    return halfSquaredNorm(r);
  }

  /** {@code ||r||^2 / 2}. */
  static double halfSquaredNorm(double[] r) {
    double sum = 0;
    for (double ri : r) {
      sum += ri * ri;
    }
    return sum / 2;
  }
}
