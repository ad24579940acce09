package org.tacit.linalg;

/**
 * Elementary functions of flat {@code double[]} vectors, shared by every solver and checker that
 * needs them (one implementation, one order of operations).
 *
 * <p>Contract: plain left-to-right summation in double precision (no compensation), so results
 * are reproducible bit for bit; {@link #dot} and {@link #norm} carry the usual forward error of
 * at most {@code gamma_n sum |a_k b_k|} ({@link FloatingPoint#gamma}). Arrays are not modified.
 * Cost: O(n).
 */
public final class Vectors {

  private Vectors() {}

  /** {@code sum_k a_k b_k}; requires {@code a.length <= b.length}. */
  public static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * b[k];
    }
    return sum;
  }

  /** The Euclidean norm {@code sqrt(sum_k v_k^2)} (no scaling: overflows above about 1e154). */
  public static double norm(double[] v) {
    double sum = 0;
    for (double value : v) {
      sum += value * value;
    }
    return Math.sqrt(sum);
  }

  /** {@code max_k |v_k|}, 0 for an empty vector. */
  public static double maxAbs(double[] v) {
    double max = 0;
    for (double x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }
}
