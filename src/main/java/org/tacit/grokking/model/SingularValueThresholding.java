package org.tacit.grokking.model;

import org.tacit.linalg.Svd;

/**
 * Singular value thresholding {@code S_gamma(A) = U max(Sigma - gamma, 0) V^T} (Section 3.2,
 * Appendix D.2), the proximal map of {@code gamma ||.||_*}: {@code S_gamma(A) = argmin_B
 * ||B - A||_F^2 / 2 + gamma ||B||_*}, for a row-major {@code rows x columns} matrix.
 *
 * <p>Accuracy: one backward-stable SVD ({@link Svd}); the result is {@code S_gamma} of a matrix
 * within {@code O(sweeps min(n1, n2) u) ||A||_F} of {@code A} (SVT is 1-Lipschitz in the
 * Frobenius norm, so the error does not grow). Cost: one SVD plus O(n1 n2 min(n1, n2)).
 *
 * <p>Spec: {@code TDR:rem-3.2.6}, {@code TDR:rem-D.2.2}.
 */
public final class SingularValueThresholding {

  private SingularValueThresholding() {}

  /** {@code S_gamma(A)} for {@code gamma >= 0}. */
  public static double[] apply(double[] a, int rows, int columns, double gamma) {
    if (!(gamma >= 0)) {
      throw new IllegalArgumentException("gamma must be >= 0, got " + gamma);
    }
    Svd.Decomposition svd = Svd.decompose(a, rows, columns);
    int k = svd.size();
    double[] s = svd.singularValues();
    double[] u = svd.u();
    double[] v = svd.v();
    double[] out = new double[rows * columns];
    for (int j = 0; j < k; j++) {
      double shrunk = s[j] - gamma;
      if (shrunk <= 0) {
        break;
      }
      for (int i = 0; i < rows; i++) {
        double ui = shrunk * u[i * k + j];
        for (int c = 0; c < columns; c++) {
          out[i * columns + c] += ui * v[c * k + j];
        }
      }
    }
    return out;
  }
}
