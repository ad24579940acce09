package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * A rational matrix A ({@code m x n}), a set {@code S subset [n]} (sorted distinct indices), a
 * candidate constant {@code rho} and rational probe vectors in {@code R^n} for the null space
 * properties (Definitions 3.2, C.34, C.35, C.37) and Theorems C.36, C.38. The checkers project the
 * probes onto {@code ker A} exactly where kernel vectors are needed.
 *
 * <p>Contract: the arrays are copied in and out; the shapes are checked (the support itself is
 * validated by the checkers, as a hypothesis).
 *
 * <p>Spec: {@code TDR:def-3.2}, {@code TDR:def-C.34}, {@code TDR:def-C.35},
 * {@code TDR:def-C.37}, {@code TDR:thm-C.36}, {@code TDR:thm-C.38}.
 *
 * @param design A
 * @param support S
 * @param rho the candidate constant (in (0, 1) for the hypotheses)
 * @param probes vectors of length n
 */
public record NullSpaceInstance(RationalMatrix design, int[] support, BigRational rho,
    BigRational[][] probes) {

  /** Checks the probe lengths and copies the arrays. */
  public NullSpaceInstance {
    for (BigRational[] probe : probes) {
      if (probe.length != design.cols()) {
        throw new IllegalArgumentException("probe of length " + probe.length + " for n = "
            + design.cols());
      }
    }
    support = support.clone();
    probes = deepCopy(probes);
  }

  /** A copy of S. */
  @Override
  public int[] support() {
    return support.clone();
  }

  /** A copy of the probes. */
  @Override
  public BigRational[][] probes() {
    return deepCopy(probes);
  }

  private static BigRational[][] deepCopy(BigRational[][] rows) {
    BigRational[][] copy = new BigRational[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }
}
