package org.tacit.grokking.model;

import org.tacit.exact.RationalMatrix;

/**
 * An instance of TDR Theorem G.4: an orthonormal {@code Phi in R^{n x m}} (rational, so
 * {@code Phi^T Phi = I_m} is decided exactly), the number N of measurements, the constants
 * {@code C1 > 0}, {@code C2 >= 1}, and independent trials of standard normal matrices
 * {@code Z in R^{N x n}} (row-major), so that {@code M = n^{-C1} Z} has the theorem's law.
 *
 * <p>Contract: the arrays are copied. Spec: {@code TDR:thm-G.4}.
 *
 * @param phi the orthonormal basis Phi
 * @param samples N
 * @param c1 C1
 * @param c2 C2
 * @param normals the trials, each of length {@code N n}
 */
public record IncoherenceTrials(RationalMatrix phi, int samples, double c1, double c2,
    double[][] normals) {

  /** Compact canonical constructor: copies the trials. */
  public IncoherenceTrials {
    double[][] copy = new double[normals.length][];
    for (int t = 0; t < normals.length; t++) {
      copy[t] = normals[t].clone();
    }
    normals = copy;
  }

  /** The trials (a copy). */
  @Override
  public double[][] normals() {
    double[][] copy = new double[normals.length][];
    for (int t = 0; t < normals.length; t++) {
      copy[t] = normals[t].clone();
    }
    return copy;
  }
}
