package org.tacit.benign.model;

import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.Vectors;

/**
 * The minimum-l2-norm interpolator {@code beta = X^T (X X^T)^{-1} y} in double precision, by a
 * Cholesky factorisation of the Gram matrix {@code K = X X^T} on flat arrays.
 *
 * <p>Contract: X is a flat row-major {@code n x d} array of full row rank (so K is symmetric
 * positive definite); throws {@link IllegalArgumentException} when the Cholesky factorisation
 * meets a non-positive pivot (K numerically singular). Cost: {@code O(n^2 d + n^3)} time,
 * {@code O(n^2)} extra memory. The result carries its residual certificate
 * ({@link MinimumNormSolution}).
 *
 * <p>Spec: {@code ZG:rem-1.1} (the min-l2 interpolator as the limit of GD from 0), the min-l2
 * baseline of {@code ZG:rem-1.2} and step 2 of the hybrid interpolation ({@code ZG:fig-2}).
 */
public final class MinimumNormInterpolator {

  private MinimumNormInterpolator() {}

  /** The min-l2 interpolator of {@code X beta = y} for row-major {@code X} ({@code n x d}). */
  public static MinimumNormSolution solve(double[] x, int n, int d, double[] y) {
    if (x.length != n * d || y.length != n) {
      throw new IllegalArgumentException("X must be n x d and y of length n");
    }
    double[] factor = cholesky(gram(x, n, d), n);
    double[] c = choleskySolve(factor, n, y);
    double[] beta = new double[d];
    DenseKernels.transposeTimes(x, n, d, c, 1.0, beta);
    return certify(x, n, d, y, beta, c);
  }

  /**
   * The certificate of a candidate {@code beta} with coefficients c: the normalized residual
   * {@code ||X beta - y|| / (||X||_F^2 ||c||)} and the row-space defect
   * {@code ||beta - X^T c|| / ||beta||}, both recomputed from scratch.
   */
  public static MinimumNormSolution certify(double[] x, int n, int d, double[] y, double[] beta,
      double[] c) {
    double[] fitted = new double[n];
    DenseKernels.times(x, n, d, beta, fitted);
    double[] residual = new double[n];
    for (int i = 0; i < n; i++) {
      residual[i] = fitted[i] - y[i];
    }
    double frobeniusSquared = Vectors.dot(x, x);
    double scale = frobeniusSquared * Vectors.norm(c);
    double normalized = scale == 0 ? Vectors.norm(residual) : Vectors.norm(residual) / scale;
    double[] rowPart = new double[d];
    DenseKernels.transposeTimes(x, n, d, c, 1.0, rowPart);
    double[] difference = new double[d];
    for (int j = 0; j < d; j++) {
      difference[j] = beta[j] - rowPart[j];
    }
    double betaNorm = Vectors.norm(beta);
    double defect = betaNorm == 0 ? Vectors.norm(difference) : Vectors.norm(difference) / betaNorm;
    return new MinimumNormSolution(beta, c, normalized, defect);
  }

  /** {@code K = X X^T}, row-major {@code n x n}, for row-major X ({@code n x d}); O(n^2 d). */
  public static double[] gram(double[] x, int n, int d) {
    double[] k = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l <= i; l++) {
        double s = 0;
        int ri = i * d;
        int rl = l * d;
        for (int j = 0; j < d; j++) {
          s += x[ri + j] * x[rl + j];
        }
        k[i * n + l] = s;
        k[l * n + i] = s;
      }
    }
    return k;
  }

  /** The lower Cholesky factor L (row-major) of an SPD {@code n x n} matrix. */
  static double[] cholesky(double[] k, int n) {
    double[] l = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = k[i * n + j];
        for (int p = 0; p < j; p++) {
          s -= l[i * n + p] * l[j * n + p];
        }
        if (i == j) {
          if (!(s > 0)) {
            throw new IllegalArgumentException("X X^T is not numerically positive definite"
                + " (pivot " + s + " at " + i + "): X must have full row rank");
          }
          l[i * n + i] = Math.sqrt(s);
        } else {
          l[i * n + j] = s / l[j * n + j];
        }
      }
    }
    return l;
  }

  /** Solves {@code L L^T c = y}. */
  static double[] choleskySolve(double[] l, int n, double[] y) {
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = y[i];
      for (int p = 0; p < i; p++) {
        s -= l[i * n + p] * z[p];
      }
      z[i] = s / l[i * n + i];
    }
    double[] c = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = z[i];
      for (int p = i + 1; p < n; p++) {
        s -= l[p * n + i] * c[p];
      }
      c[i] = s / l[i * n + i];
    }
    return c;
  }
}
