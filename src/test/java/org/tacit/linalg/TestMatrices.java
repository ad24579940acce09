package org.tacit.linalg;

/**
 * Plain dense matrix arithmetic for the linalg tests, written out independently of the code under
 * test: row-major flat arrays, left-to-right sums.
 */
final class TestMatrices {

  private TestMatrices() {}

  /** {@code A B} for row-major {@code A} ({@code m x p}) and {@code B} ({@code p x n}). */
  static double[] times(double[] a, double[] b, int m, int p, int n) {
    double[] out = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int q = 0; q < p; q++) {
          sum += a[i * p + q] * b[q * n + j];
        }
        out[i * n + j] = sum;
      }
    }
    return out;
  }

  /** {@code A^T} for row-major {@code A} ({@code m x n}). */
  static double[] transpose(double[] a, int m, int n) {
    double[] out = new double[n * m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        out[j * m + i] = a[i * n + j];
      }
    }
    return out;
  }

  /** {@code A^T A} ({@code n x n}) for row-major {@code A} ({@code m x n}). */
  static double[] gram(double[] a, int m, int n) {
    return times(transpose(a, m, n), a, n, m, n);
  }

  /** {@code U diag(s) V^T} for {@code U} ({@code m x k}), {@code V} ({@code n x k}). */
  static double[] product(double[] u, double[] s, double[] v, int m, int n, int k) {
    double[] out = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int q = 0; q < k; q++) {
          sum += u[i * k + q] * s[q] * v[j * k + q];
        }
        out[i * n + j] = sum;
      }
    }
    return out;
  }

  /** {@code max_ij |(Q^T Q - I)_ij|} for row-major {@code Q} ({@code m x k}). */
  static double orthonormalityDefect(double[] q, int m, int k) {
    double[] gram = gram(q, m, k);
    double max = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        max = Math.max(max, Math.abs(gram[a * k + b] - (a == b ? 1 : 0)));
      }
    }
    return max;
  }

  /** The Frobenius norm of {@code A - B} (same shape). */
  static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }

  /** The Frobenius inner product {@code <A, B> = sum_ij A_ij B_ij}. */
  static double inner(double[] a, double[] b) {
    return Vectors.dot(a, b);
  }

  /** The trace of a row-major {@code n x n} matrix. */
  static double trace(double[] a, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += a[i * n + i];
    }
    return sum;
  }

  /** The {@code n x n} Householder reflector {@code I - 2 x x^T / (x^T x)}; {@code x} nonzero. */
  static double[] reflector(double[] x) {
    int n = x.length;
    double squares = Vectors.dot(x, x);
    double[] h = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i * n + j] = (i == j ? 1 : 0) - 2 * x[i] * x[j] / squares;
      }
    }
    return h;
  }
}
