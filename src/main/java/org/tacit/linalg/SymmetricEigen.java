package org.tacit.linalg;

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
 * cyclic Jacobi method of {@link SymmetricEigenvalues} (slower, about 10 sweeps of O(n^3), but
 * unconditionally convergent and backward stable) is used instead.
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
   * The largest eigenpair by the cyclic Jacobi method ({@link SymmetricEigenvalues#largest}, the
   * project's single Jacobi implementation) on the symmetric matrix {@code rows} (not modified).
   */
  static Eigenpair jacobiLargest(double[][] rows) {
    int n = rows.length;
    double[] flat = new double[n * n];
    for (int a = 0; a < n; a++) {
      System.arraycopy(rows[a], 0, flat, a * n, n);
    }
    SymmetricEigenvalues.Eigenpair pair = SymmetricEigenvalues.largest(flat, n);
    return new Eigenpair(pair.value(), pair.vector());
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
