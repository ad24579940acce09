package org.tacit.bregman;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The data of an entropy Bregman projection {@code argmin { B_E(x, alpha 1) : x >= 0, A x = y }}
 * (without alpha): exact rational {@code A} ({@code N x d}) and {@code y}, and the support mask M.
 *
 * <p>Contract: coordinates outside the mask are fixed to 0; the caller asserts that they are 0 for
 * EVERY feasible x (deciding this needs a linear program, which this package does not have) and
 * that some feasible x is strictly positive on M. The solver certifies the second assertion when
 * its certificate succeeds; it cannot check the first. {@code A} need not have full row rank
 * (dependent rows are removed exactly). Arrays are copied on construction and access.
 *
 * <p>Spec: MS {@code def-I.3}, {@code def-I.5} (the divergence), {@code rem-I.2} (the projection).
 *
 * @param a the constraint matrix A
 * @param y the right side y, of length {@code a.rows()}
 * @param support the mask M of length {@code a.cols()}: true where x may be positive
 */
public record EntropyProjectionProblem(RationalMatrix a, BigRational[] y, boolean[] support) {

  /** Compact canonical constructor: checks dimensions and copies the arrays. */
  public EntropyProjectionProblem {
    if (y.length != a.rows()) {
      throw new IllegalArgumentException("y has length " + y.length + " but A has " + a.rows()
          + " rows");
    }
    if (support.length != a.cols()) {
      throw new IllegalArgumentException("support mask has length " + support.length
          + " but A has " + a.cols() + " columns");
    }
    y = y.clone();
    support = support.clone();
  }

  /** The problem with every coordinate allowed to be positive. */
  public static EntropyProjectionProblem of(RationalMatrix a, BigRational[] y) {
    boolean[] all = new boolean[a.cols()];
    java.util.Arrays.fill(all, true);
    return new EntropyProjectionProblem(a, y, all);
  }

  /** The right side (a copy). */
  @Override
  public BigRational[] y() {
    return y.clone();
  }

  /** The support mask (a copy). */
  @Override
  public boolean[] support() {
    return support.clone();
  }

  /** The indices of the support mask, increasing. */
  public int[] supportIndices() {
    int count = 0;
    for (boolean s : support) {
      count += s ? 1 : 0;
    }
    int[] idx = new int[count];
    for (int i = 0, k = 0; i < support.length; i++) {
      if (support[i]) {
        idx[k++] = i;
      }
    }
    return idx;
  }
}
