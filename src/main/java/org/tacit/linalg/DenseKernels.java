package org.tacit.linalg;

/**
 * The two bandwidth-bound products of a GD step on a flat row-major {@code N x d} matrix
 * {@code X}: {@code X b} (row dot products) and {@code X^T w} (row axpys, four rows per pass so
 * that the output vector is streamed once per four rows; build notes: 4-row unrolling was the most
 * reliable). Each reads {@code X} once: O(N d) time, no allocation.
 *
 * <p>Spec: no paper item (kernels of {@code NRSS:eq-2}, {@code NRSS:eq-17}).
 */
public final class DenseKernels {

  private DenseKernels() {}

  /** {@code out = X b}; {@code b} of length d, {@code out} of length N. */
  public static void times(double[] x, int samples, int dimension, double[] b, double[] out) {
    for (int n = 0; n < samples; n++) {
      int row = n * dimension;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int i = 0;
      for (; i + 3 < dimension; i += 4) {
        s0 += x[row + i] * b[i];
        s1 += x[row + i + 1] * b[i + 1];
        s2 += x[row + i + 2] * b[i + 2];
        s3 += x[row + i + 3] * b[i + 3];
      }
      for (; i < dimension; i++) {
        s0 += x[row + i] * b[i];
      }
      out[n] = (s0 + s1) + (s2 + s3);
    }
  }

  /** {@code out = scale * X^T w}; {@code w} of length N, {@code out} of length d. */
  public static void transposeTimes(double[] x, int samples, int dimension, double[] w, double scale,
      double[] out) {
    java.util.Arrays.fill(out, 0.0);
    int n = 0;
    for (; n + 3 < samples; n += 4) {
      int r0 = n * dimension;
      int r1 = r0 + dimension;
      int r2 = r1 + dimension;
      int r3 = r2 + dimension;
      double w0 = w[n];
      double w1 = w[n + 1];
      double w2 = w[n + 2];
      double w3 = w[n + 3];
      for (int i = 0; i < dimension; i++) {
        out[i] += x[r0 + i] * w0 + x[r1 + i] * w1 + x[r2 + i] * w2 + x[r3 + i] * w3;
      }
    }
    for (; n < samples; n++) {
      int row = n * dimension;
      double wn = w[n];
      for (int i = 0; i < dimension; i++) {
        out[i] += x[row + i] * wn;
      }
    }
    if (scale != 1.0) {
      for (int i = 0; i < dimension; i++) {
        out[i] *= scale;
      }
    }
  }
}
