package org.tacit.benign.model;

import org.tacit.linalg.SymmetricEigen;

/**
 * The restricted isometry constant of ZG Definition 2.1 in double precision:
 * {@code delta_k = max_{|S| = k} ||(X^T X / n)_{SS} - I||_2}, the smallest delta for which
 * {@code X / sqrt(n)} is {@code (k, delta)}-RIP, by enumerating all {@code C(d, k)} supports.
 *
 * <p>Contract: X is {@code n x d}, row-major, flat; {@code 1 <= k <= d}. The Gram matrix
 * {@code A = X^T X / n} is formed once (O(n d^2)); each support's {@code k x k} block
 * {@code A_SS - I} goes to {@link SymmetricEigen#eigenvalues} (cyclic Jacobi), and
 * {@code ||A_SS - I||_2 = max(lambda_max, -lambda_min)}. Accuracy: {@code |delta_hat - delta_k|
 * <= ZgTolerances#RIP_EIGEN (1 + delta_k)} for {@code n, d <= 12} (analysis there; checked against
 * exact certificates by {@link RipCertificate}). Cost: {@code C(d, k)} Jacobi runs on
 * {@code k x k} blocks; keep {@code d <= 12}.
 *
 * <p>Spec: {@code ZG:def-2.1}.
 *
 * @param k the sparsity level
 * @param delta the computed delta_k
 * @param support a support attaining the maximum (increasing indices)
 * @param upper whether the maximum is attained by {@code lambda_max - 1} (else by
 *     {@code 1 - lambda_min})
 */
public record RipConstant(int k, double delta, int[] support, boolean upper) {

  /**
   * delta_k of {@code X / sqrt(n)} for the row-major {@code n x d} matrix {@code x}.
   *
   * @throws IllegalArgumentException unless {@code x.length == n d} and {@code 1 <= k <= d}
   */
  public static RipConstant of(double[] x, int n, int d, int k) {
    if (x.length != n * d || k < 1 || k > d) {
      throw new IllegalArgumentException("need an n x d matrix and 1 <= k <= d");
    }
    double[] gram = gram(x, n, d);
    int[] support = new int[k];
    for (int i = 0; i < k; i++) {
      support[i] = i;
    }
    double best = -1;
    int[] bestSupport = support.clone();
    boolean bestUpper = true;
    double[] block = new double[k * k];
    while (true) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          block[a * k + b] = gram[support[a] * d + support[b]] - (a == b ? 1 : 0);
        }
      }
      double[] eig = SymmetricEigen.eigenvalues(block, k);
      double deviation = Math.max(eig[k - 1], -eig[0]);
      if (deviation > best) {
        best = deviation;
        bestSupport = support.clone();
        bestUpper = eig[k - 1] >= -eig[0];
      }
      if (!nextSubset(support, d)) {
        break;
      }
    }
    return new RipConstant(k, best, bestSupport, bestUpper);
  }

  /** {@code X^T X / n}, {@code d x d} row-major. O(n d^2). */
  public static double[] gram(double[] x, int n, int d) {
    double[] gram = new double[d * d];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < d; i++) {
        double xi = x[r * d + i];
        for (int j = 0; j < d; j++) {
          gram[i * d + j] += xi * x[r * d + j];
        }
      }
    }
    for (int i = 0; i < gram.length; i++) {
      gram[i] /= n;
    }
    return gram;
  }

  /**
   * Advances {@code subset} (increasing indices in {@code [0, d)}) to the next subset of the same
   * size in lexicographic order; returns false after the last one.
   */
  public static boolean nextSubset(int[] subset, int d) {
    int k = subset.length;
    int i = k - 1;
    while (i >= 0 && subset[i] == d - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    subset[i]++;
    for (int j = i + 1; j < k; j++) {
      subset[j] = subset[j - 1] + 1;
    }
    return true;
  }
}
