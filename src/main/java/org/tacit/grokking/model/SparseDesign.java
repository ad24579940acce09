package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An instance of TDR Definition G.1, Definition G.2, Proposition G.3 and the Welch bounds: a
 * rational matrix {@code A in R^{m x n}}, a sparsity level s, and probe vectors on which the
 * two-sided RIP bound is evaluated.
 *
 * <p>Contract: held as given (the matrix is immutable; the probes are copied); the checkers decide
 * the shapes, the sparsity and the column norms. Spec: {@code TDR:def-G.1},
 * {@code TDR:prop-G.3}, {@code TDR:rem-G.1.3}.
 *
 * @param a the matrix A
 * @param s the sparsity level
 * @param probes vectors of length n (s-sparse in the built-in instances)
 */
public record SparseDesign(RationalMatrix a, int s, BigRational[][] probes) {

  /** Compact canonical constructor: copies the probes. */
  public SparseDesign {
    probes = copy(probes);
  }

  /** The probes (a copy). */
  @Override
  public BigRational[][] probes() {
    return copy(probes);
  }

  private static BigRational[][] copy(BigRational[][] values) {
    BigRational[][] out = new BigRational[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].clone();
    }
    return out;
  }
}
