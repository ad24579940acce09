package org.tacit.linalg;

import java.util.Arrays;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The dense symmetric eigensolver of the project: eigenvalues and the largest eigenpair of a
 * symmetric {@code n x n} matrix stored row-major in a flat {@code double[]}.
 *
 * <p>Two algorithms, each used where it serves best:
 *
 * <ul>
 *   <li>{@link #eigenvalues}: the cyclic Jacobi method, the single Jacobi implementation of
 *       the project. Jacobi rotations are orthogonal, so the computed eigenvalues are exact for a
 *       matrix {@code H + E} with {@code ||E||_F <= c n u ||H||_F} per sweep (u the unit
 *       roundoff, {@link FloatingPoint#UNIT_ROUNDOFF}); iteration stops when the off-diagonal
 *       Frobenius norm is below {@code u^2 ||H||_F} (squared: {@code 2^-106 ||H||_F^2}) or after
 *       {@link #MAX_JACOBI_SWEEPS} sweeps. Robust for entries spanning the whole double range (no
 *       shifts, no convergence failures). Cost: O(n^3) per sweep (twice that when eigenvectors
 *       are accumulated), typically 6-10 sweeps.
 *   <li>{@link #largest}: Commons Math's Householder tridiagonalization and implicit QL (backward
 *       stable: the computed eigenvalues are exact for a matrix within {@code O(n eps ||A||_2)}),
 *       faster than Jacobi. It gives up ({@link MaxCountExceededException}) on some strongly
 *       rank-deficient matrices, e.g. a {@code 400 x 400} UV Hessian of rank 50 at a solution;
 *       then the Jacobi method (with eigenvectors) is used instead. Cost: O(n^3) time.
 * </ul>
 *
 * <p>Contract: input arrays are not modified; O(n^2) memory. Spec: {@code NRSS:eq-21}
 * (lambda_max as the maximal Rayleigh quotient); spectral kernel for certificates (design brief,
 * layer 1).
 */
public final class SymmetricEigen {

  /**
   * Upper bound on the number of Jacobi sweeps (each sweep at least squares the off-diagonal norm
   * near convergence).
   */
  public static final int MAX_JACOBI_SWEEPS = 60;

  /**
   * An eigenvalue with a unit eigenvector.
   *
   * @param value the eigenvalue
   * @param vector a unit eigenvector (Euclidean norm 1 up to rounding)
   */
  public record Eigenpair(double value, double[] vector) {}

  private SymmetricEigen() {}

  /**
   * The eigenvalues of the symmetric row-major matrix {@code h} ({@code n x n}), increasing, by the
   * cyclic Jacobi method. Only the upper triangle is read (it is mirrored), so only symmetric input
   * is meaningful.
   *
   * @throws IllegalArgumentException if {@code h.length != n * n}
   */
  public static double[] eigenvalues(double[] h, int n) {
    double[] a = jacobiDiagonalize(h, n, null);
    double[] eig = new double[n];
    for (int i = 0; i < n; i++) {
      eig[i] = a[i * n + i];
    }
    Arrays.sort(eig);
    return eig;
  }

  /**
   * The largest eigenvalue of the symmetric {@code n x n} row-major {@code matrix} with a unit
   * eigenvector (Commons Math, Jacobi fallback). The matrix is symmetrized ({@code (A + A^T)/2})
   * before the decomposition, so rounding asymmetries of the caller do not matter.
   *
   * @throws IllegalArgumentException unless {@code n >= 1} and {@code matrix.length == n * n}
   */
  public static Eigenpair largest(double[] matrix, int n) {
    if (n < 1 || matrix.length != n * n) {
      throw new IllegalArgumentException("need an n x n matrix with n >= 1");
    }
    double[] symmetric = new double[n * n];
    double[][] rows = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        symmetric[a * n + b] = 0.5 * (matrix[a * n + b] + matrix[b * n + a]);
        rows[a][b] = symmetric[a * n + b];
      }
    }
    EigenDecomposition eigen;
    try {
      eigen = new EigenDecomposition(new Array2DRowRealMatrix(rows, false));
    } catch (MaxCountExceededException e) {
      return jacobiLargest(symmetric, n);
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

  /** Only the largest eigenvalue of the symmetric n x n matrix; see {@link #largest}. */
  public static double lambdaMax(double[] matrix, int n) {
    return largest(matrix, n).value();
  }

  /**
   * The Rayleigh quotient {@code v^T A v / v^T v} of a dense row-major {@code n x n} matrix; v
   * nonzero. O(n^2).
   */
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

  /**
   * The largest eigenvalue of the symmetric row-major matrix {@code h} ({@code n x n},
   * {@code n >= 1}, upper triangle read) with a unit eigenvector (the accumulated rotations'
   * column), by the cyclic Jacobi method: same accuracy as {@link #eigenvalues}.
   */
  static Eigenpair jacobiLargest(double[] h, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("need n >= 1");
    }
    double[] v = new double[n * n];
    double[] a = jacobiDiagonalize(h, n, v);
    int best = 0;
    for (int k = 1; k < n; k++) {
      if (a[k * n + k] > a[best * n + best]) {
        best = k;
      }
    }
    double[] vector = new double[n];
    double norm = 0;
    for (int k = 0; k < n; k++) {
      vector[k] = v[k * n + best];
      norm += vector[k] * vector[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < n; k++) {
      vector[k] /= norm;
    }
    return new Eigenpair(a[best * n + best], vector);
  }

  /**
   * Runs the cyclic Jacobi sweeps on a mirrored copy of {@code h} and returns the (nearly) diagonal
   * result; when {@code vectors} (length {@code n^2}) is given, it receives the accumulated
   * rotation matrix, whose column {@code k} is the eigenvector of the {@code k}-th diagonal entry.
   */
  private static double[] jacobiDiagonalize(double[] h, int n, double @Nullable [] vectors) {
    if (h.length != n * n) {
      throw new IllegalArgumentException("expected " + n * n + " entries, got " + h.length);
    }
    double[] a = new double[n * n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = j >= i ? h[i * n + j] : h[j * n + i];
        norm += a[i * n + j] * a[i * n + j];
      }
    }
    if (vectors != null) {
      Arrays.fill(vectors, 0.0);
      for (int i = 0; i < n; i++) {
        vectors[i * n + i] = 1;
      }
    }
    double threshold = 0x1.0p-106 * norm;
    for (int sweep = 0; sweep < MAX_JACOBI_SWEEPS; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += 2 * a[p * n + q] * a[p * n + q];
        }
      }
      if (off <= threshold) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = a[p * n + q];
          if (apq == 0) {
            continue;
          }
          double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
          double t = JacobiRotation.tangent(theta);
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          rotateColumns(a, n, p, q, c, s);
          for (int r = 0; r < n; r++) {
            double apr = a[p * n + r];
            double aqr = a[q * n + r];
            a[p * n + r] = c * apr - s * aqr;
            a[q * n + r] = s * apr + c * aqr;
          }
          if (vectors != null) {
            rotateColumns(vectors, n, p, q, c, s);
          }
        }
      }
    }
    return a;
  }

  private static void rotateColumns(double[] m, int n, int p, int q, double c, double s) {
    for (int r = 0; r < n; r++) {
      double mrp = m[r * n + p];
      double mrq = m[r * n + q];
      m[r * n + p] = c * mrp - s * mrq;
      m[r * n + q] = s * mrp + c * mrq;
    }
  }
}
