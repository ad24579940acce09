package org.tacit.linalg;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Eigenvalues (and, on request, the largest eigenpair) of a small dense symmetric matrix by the
 * cyclic Jacobi method: the single Jacobi implementation of the project.
 *
 * <p>Contract: input is a row-major {@code n x n} array (only symmetric input is meaningful; the
 * upper triangle is mirrored); it is not modified. Jacobi rotations are orthogonal, so the computed
 * eigenvalues are exact for a matrix {@code H + E} with {@code ||E||_F <= c n u ||H||_F} per sweep
 * (u the unit roundoff); iteration stops when the off-diagonal Frobenius norm is below
 * {@code u^2 ||H||_F} (squared: {@code 2^-106 ||H||_F^2}) or after {@link #MAX_SWEEPS} sweeps.
 * Robust for entries spanning the whole double range (no shifts, no convergence failures).
 * Cost: O(n^3) per sweep (twice that when eigenvectors are accumulated), typically 6-10 sweeps.
 *
 * <p>Spec: spectral kernel for certificates (design brief, layer 1).
 */
public final class SymmetricEigenvalues {

  /** Upper bound on the number of sweeps (each sweep at least squares the off-diagonal norm near convergence). */
  public static final int MAX_SWEEPS = 60;

  /**
   * An eigenvalue with a unit eigenvector.
   *
   * @param value the eigenvalue
   * @param vector a unit eigenvector (Euclidean norm 1 up to rounding)
   */
  public record Eigenpair(double value, double[] vector) {}

  private SymmetricEigenvalues() {}

  /** The eigenvalues of the symmetric row-major matrix {@code h} ({@code n x n}), increasing. */
  public static double[] of(double[] h, int n) {
    double[] a = diagonalize(h, n, null);
    double[] eig = new double[n];
    for (int i = 0; i < n; i++) {
      eig[i] = a[i * n + i];
    }
    Arrays.sort(eig);
    return eig;
  }

  /**
   * The largest eigenvalue of the symmetric row-major matrix {@code h} ({@code n x n}, {@code n >= 1})
   * with a unit eigenvector (the accumulated rotations' column), same accuracy as {@link #of}.
   */
  public static Eigenpair largest(double[] h, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("need n >= 1");
    }
    double[] v = new double[n * n];
    double[] a = diagonalize(h, n, v);
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
   * result; when {@code vectors} (length {@code n^2}) is given, it receives the accumulated rotation
   * matrix, whose column {@code k} is the eigenvector of the {@code k}-th diagonal entry.
   */
  private static double[] diagonalize(double[] h, int n, double @Nullable [] vectors) {
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
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
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
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          } else if (Double.isInfinite(theta * theta)) {
            t = 0.5 / theta;
          }
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
