package org.tacit.linalg;

/**
 * Eigenvalues of a small dense symmetric matrix by the cyclic Jacobi method.
 *
 * <p>Contract: input is a row-major {@code n x n} array (only symmetric input is meaningful; the
 * upper triangle is mirrored); it is not modified. Returns the eigenvalues in increasing order.
 * Jacobi rotations are orthogonal, so the computed eigenvalues are exact for a matrix
 * {@code H + E} with {@code ||E||_F <= c n u ||H||_F} per sweep (u the unit roundoff); iteration
 * stops when the off-diagonal Frobenius norm is below {@code u^2 ||H||_F} or after 60 sweeps.
 * Robust for entries spanning the whole double range (no shifts, no convergence failures).
 * Cost: O(n^3) per sweep, typically 6-10 sweeps.
 *
 * <p>Spec: spectral kernel for certificates (design brief, layer 1).
 */
public final class SymmetricEigenvalues {

  /** Upper bound on the number of sweeps (each sweep at least squares the off-diagonal norm near convergence). */
  public static final int MAX_SWEEPS = 60;

  private SymmetricEigenvalues() {}

  /** The eigenvalues of the symmetric row-major matrix {@code h} ({@code n x n}), increasing. */
  public static double[] of(double[] h, int n) {
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
          for (int r = 0; r < n; r++) {
            double arp = a[r * n + p];
            double arq = a[r * n + q];
            a[r * n + p] = c * arp - s * arq;
            a[r * n + q] = s * arp + c * arq;
          }
          for (int r = 0; r < n; r++) {
            double apr = a[p * n + r];
            double aqr = a[q * n + r];
            a[p * n + r] = c * apr - s * aqr;
            a[q * n + r] = s * apr + c * aqr;
          }
        }
      }
    }
    double[] eig = new double[n];
    for (int i = 0; i < n; i++) {
      eig[i] = a[i * n + i];
    }
    java.util.Arrays.sort(eig);
    return eig;
  }
}
