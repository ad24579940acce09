package org.tacit.grokking.model;

import org.tacit.linalg.Svd;

/**
 * The constants of the memorization phase of Theorem C.40 for a design {@code X}
 * ({@code N x n}, acting on the parameter as stored) and a step {@code alpha}, from one thin SVD
 * {@code X = U diag(s) V^T} at numerical rank {@code r} ({@link Svd.Decomposition#rank()}):
 * <ul>
 *   <li>{@code sigma_max(X^T X) = s_1^2};</li>
 *   <li>{@code rho_2 = sigma_max(I - alpha X^T X) = max(max_k |1 - alpha s_k^2|, [r < n])}, the
 *       paper's factor (1 whenever {@code N < n}: erratum E7);</li>
 *   <li>{@code rho_r = max_{k <= r} |1 - alpha s_k^2|}, the factor on the row space
 *       {@code row(X)} that the proof uses;</li>
 *   <li>the row-space projector {@code P = V_r V_r^T} and the least-squares solution
 *       {@code a_hat = X^+ y* = V_r diag(1/s) U_r^T y*};</li>
 *   <li>{@code ||U_r^T xi||_2}, the part of the noise the data can fit (inventory E9).</li>
 * </ul>
 *
 * <p>Accuracy: the SVD is backward stable ({@link Svd}); the constants are those of a design
 * within {@code O(sweeps k u) ||X||_F} of {@code X}. Cost: one SVD, O(N n min(N, n)) per sweep.
 *
 * <p>Spec: {@code TDR:thm-C.40}, {@code TDR:eq-98}.
 */
public final class MemorizationConstants {

  private final int dimension;
  private final double alpha;
  private final double[] singularValues;
  private final double[] left;
  private final double[] right;
  private final int rank;
  private final int size;

  /**
   * The constants of {@code x} ({@code samples x dimension}, row-major) and {@code alpha}.
   *
   * @throws IllegalArgumentException if the shapes do not match
   */
  public MemorizationConstants(double[] x, int samples, int dimension, double alpha) {
    Svd.Decomposition svd = Svd.decompose(x, samples, dimension);
    this.dimension = dimension;
    this.alpha = alpha;
    this.singularValues = svd.singularValues().clone();
    this.left = svd.u().clone();
    this.right = svd.v().clone();
    this.rank = svd.rank();
    this.size = svd.size();
  }

  /** {@code sigma_max(X^T X)}. */
  public double sigmaMaxGram() {
    return singularValues[0] * singularValues[0];
  }

  /** {@code sigma_max(X)}. */
  public double sigmaMax() {
    return singularValues[0];
  }

  /** The numerical rank r of X. */
  public int rank() {
    return rank;
  }

  /** {@code rho_r = max_{k <= r} |1 - alpha s_k^2|} (0 if r = 0). */
  public double rowSpaceContraction() {
    double rho = 0;
    for (int k = 0; k < rank; k++) {
      rho = Math.max(rho, Math.abs(1 - alpha * singularValues[k] * singularValues[k]));
    }
    return rho;
  }

  /** {@code rho_2 = sigma_max(I_n - alpha X^T X)}, the paper's factor. */
  public double fullContraction() {
    return rank < dimension ? Math.max(1, rowSpaceContraction()) : rowSpaceContraction();
  }

  /** {@code P v = V_r V_r^T v}, the projection onto the row space of X. */
  public double[] projectOnRowSpace(double[] v) {
    double[] out = new double[dimension];
    for (int k = 0; k < rank; k++) {
      double c = 0;
      for (int j = 0; j < dimension; j++) {
        c += right[j * size + k] * v[j];
      }
      for (int j = 0; j < dimension; j++) {
        out[j] += c * right[j * size + k];
      }
    }
    return out;
  }

  /** {@code U_r^T w} for {@code w} of length N. */
  public double[] leftCoefficients(double[] w) {
    int samples = w.length;
    double[] c = new double[rank];
    for (int k = 0; k < rank; k++) {
      double sum = 0;
      for (int i = 0; i < samples; i++) {
        sum += left[i * size + k] * w[i];
      }
      c[k] = sum;
    }
    return c;
  }

  /** {@code a_hat = X^+ y = V_r diag(1/s) U_r^T y}. */
  public double[] leastSquares(double[] y) {
    double[] c = leftCoefficients(y);
    double[] out = new double[dimension];
    for (int k = 0; k < rank; k++) {
      double ck = c[k] / singularValues[k];
      for (int j = 0; j < dimension; j++) {
        out[j] += ck * right[j * size + k];
      }
    }
    return out;
  }

  /**
   * The proof's memorization step: the smallest {@code t >= 0} with
   * {@code rho_r^t ||P(a^(0) - a_hat)||_2 <= alpha beta sqrt(n) / (1 - rho_r)}, so that the
   * recursion bound {@code ||P e_t|| <= rho_r^t ||P e_0|| + alpha beta sqrt(n) / (1 - rho_r)}
   * gives {@code ||P e_t|| <= 2 alpha beta sqrt(n) / (1 - rho_r)} for every {@code t >= t1}
   * (loop index: {@code t} updates made, the paper's {@code a^(t+1)}). Requires
   * {@code rho_r < 1} and {@code alpha beta > 0}.
   */
  public long memorizationStep(double initialRowSpaceDistance, double beta) {
    double rho = rowSpaceContraction();
    double radius = alpha * beta * Math.sqrt(dimension) / (1 - rho);
    if (initialRowSpaceDistance <= radius) {
      return 0;
    }
    if (rho == 0) {
      return 1;
    }
    long t = (long) Math.ceil(Math.log(radius / initialRowSpaceDistance) / Math.log(rho));
    while (t > 0 && Math.pow(rho, t - 1) * initialRowSpaceDistance <= radius) {
      t--;
    }
    while (Math.pow(rho, t) * initialRowSpaceDistance > radius) {
      t++;
    }
    return t;
  }
}
