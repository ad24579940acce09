package org.tacit.grokking.model;

import org.tacit.linalg.Svd;

/**
 * The nuclear norm {@code h(A) = ||A||_* = sum_i sigma_i(A)} of an {@code n1 x n2} matrix stored
 * row-major in the parameter vector ({@code p = n1 n2}), with the subgradient
 * {@code H(A) = U_r V_r^T}, the polar factor of the compact SVD (the paper's footnote 8), where
 * {@code r} is the numerical rank ({@link Svd.Decomposition#rank()}: singular values at or below
 * {@code max(n1, n2) u sigma_1} are dropped, so rounding-level directions do not enter the
 * subgradient).
 *
 * <p>Accuracy: the SVD is backward stable ({@link Svd}), so the value is the nuclear norm of a
 * matrix within {@code O(sweeps min(n1, n2) u) ||A||_F} of {@code A}. Cost: one SVD,
 * {@code O(n1 n2 min(n1, n2))} per sweep, per call.
 *
 * <p>Spec: {@code TDR:thm-3.4} (the regularizer of matrix factorization), {@code TDR:lem-C.42}.
 *
 * @param rows n1
 * @param columns n2
 */
public record NuclearNorm(int rows, int columns) implements Regularizer {

  /** Checks {@code rows, columns >= 1}. */
  public NuclearNorm {
    if (rows < 1 || columns < 1) {
      throw new IllegalArgumentException("matrix shape must be at least 1 x 1, got " + rows
          + " x " + columns);
    }
  }

  @Override
  public int dimension() {
    return rows * columns;
  }

  @Override
  public double value(double[] a) {
    double sum = 0;
    for (double sigma : Svd.decompose(a, rows, columns).singularValues()) {
      sum += sigma;
    }
    return sum;
  }

  @Override
  public void subgradient(double[] a, double[] out) {
    double[] polar = Svd.decompose(a, rows, columns).polarFactor();
    System.arraycopy(polar, 0, out, 0, polar.length);
  }

  @Override
  public String name() {
    return "nuclear";
  }
}
