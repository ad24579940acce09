package org.tacit.stepsize;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The largest eigenvalue of a dense symmetric matrix and a unit eigenvector for it, by the
 * Commons Math symmetric eigensolver (Householder tridiagonalization and implicit QL, backward
 * stable: the computed eigenvalues are exact for a matrix within {@code O(n eps ||A||_2)}).
 *
 * <p>Commons Math's implicit QL gives up ({@link MaxCountExceededException}) on some strongly
 * rank-deficient matrices, e.g. a {@code 400 x 400} UV Hessian of rank 50 at a solution; then the
 * cyclic Jacobi method (slower, about 10 sweeps of O(n^3), but unconditionally convergent and
 * backward stable) is used instead.
 *
 * <p>Cost: O(n^3) time, O(n^2) memory. Spec: {@code NRSS:eq-21} (lambda_max as the maximal
 * Rayleigh quotient).
 */
public final class SymmetricEigen {

  /**
   * An eigenvalue with a unit eigenvector.
   *
   * @param value the eigenvalue
   * @param vector a unit eigenvector
   */
  public record Eigenpair(double value, double[] vector) {}

  private SymmetricEigen() {}

  /**
   * The largest eigenvalue of the symmetric {@code n x n} row-major {@code matrix} with a unit
   * eigenvector. The matrix is symmetrized ({@code (A + A^T)/2}) before the decomposition, so
   * rounding asymmetries of the caller do not matter; {@code n >= 1}.
   */
  public static Eigenpair largest(double[] matrix, int n) {
    if (n < 1 || matrix.length != n * n) {
      throw new IllegalArgumentException("need an n x n matrix with n >= 1");
    }
    double[][] rows = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        rows[a][b] = 0.5 * (matrix[a * n + b] + matrix[b * n + a]);
      }
    }
    EigenDecomposition eigen;
    try {
      eigen = new EigenDecomposition(new Array2DRowRealMatrix(rows, false));
    } catch (MaxCountExceededException e) {
      return jacobiLargest(rows);
    }
    double[] values = eigen.getRealEigenvalues();
    int best = 0;
    for (int k = 1; k < values.length; k++) {
      if (values[k] > values[best]) {
        best = k;
      }
    }
    RealVector vector = eigen.getEigenvector(best);
    return new Eigenpair(values[best], vector.unitVector().toArray());
  }

  /**
   * The largest eigenpair by the cyclic Jacobi method on the symmetric matrix {@code rows} (which
   * it overwrites): rotations annihilate each off-diagonal entry in turn until the off-diagonal
   * Frobenius norm is below {@code 1e-2 eps} times the Frobenius norm (at most 100 sweeps).
   */
  static Eigenpair jacobiLargest(double[][] rows) {
    int n = rows.length;
    double[][] a = rows;
    double[][] v = new double[n][n];
    double frobenius = 0;
    for (int p = 0; p < n; p++) {
      v[p][p] = 1;
      for (int q = 0; q < n; q++) {
        frobenius += a[p][q] * a[p][q];
      }
    }
    double threshold = 1e-2 * Math.ulp(1.0) * Math.sqrt(frobenius);
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += 2 * a[p][q] * a[p][q];
        }
      }
      if (Math.sqrt(off) <= threshold) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] == 0) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double kp = a[k][p];
            double kq = a[k][q];
            a[k][p] = c * kp - s * kq;
            a[k][q] = s * kp + c * kq;
          }
          for (int k = 0; k < n; k++) {
            double pk = a[p][k];
            double qk = a[q][k];
            a[p][k] = c * pk - s * qk;
            a[q][k] = s * pk + c * qk;
          }
          for (int k = 0; k < n; k++) {
            double kp = v[k][p];
            double kq = v[k][q];
            v[k][p] = c * kp - s * kq;
            v[k][q] = s * kp + c * kq;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < n; k++) {
      if (a[k][k] > a[best][best]) {
        best = k;
      }
    }
    double[] vector = new double[n];
    double norm = 0;
    for (int k = 0; k < n; k++) {
      vector[k] = v[k][best];
      norm += vector[k] * vector[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < n; k++) {
      vector[k] /= norm;
    }
    return new Eigenpair(a[best][best], vector);
  }

  /** Only the largest eigenvalue of the symmetric {@code n x n} row-major matrix. */
  public static double lambdaMax(double[] matrix, int n) {
    return largest(matrix, n).value();
  }

  /** The Rayleigh quotient {@code v^T A v / v^T v} of a dense {@code n x n} matrix; v nonzero. */
  public static double rayleighQuotient(double[] matrix, int n, double[] v) {
    double numerator = 0;
    double denominator = 0;
    for (int a = 0; a < n; a++) {
      double row = 0;
      for (int b = 0; b < n; b++) {
        row += matrix[a * n + b] * v[b];
      }
      numerator += v[a] * row;
      denominator += v[a] * v[a];
    }
    return numerator / denominator;
  }
}
