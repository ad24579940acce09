package org.tacit.lp;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The exact rank test on the columns of A indexed by a support S, shared by the l1 minimizers:
 * either {@code A_S} has full column rank, or a non-zero kernel vector of {@code A_S} (padded with
 * zeros to length d) witnesses the dependence. Exact in both precisions: the data are rational.
 *
 * <p>Spec: {@code MS:lem-III.1i} (injectivity of {@code A_S} is equivalent to
 * {@code n_{S^c} != 0} on {@code N \ {0}}).
 */
final class SupportRank {

  private SupportRank() {}

  /** A non-zero vector z with {@code A z = 0} and {@code supp z} in S, or an empty array. */
  static BigRational[] kernelVector(RationalMatrix a, int[] support) {
    if (support.length == 0) {
      return new BigRational[0];
    }
    RationalMatrix kernel = a.selectColumns(support).nullSpaceBasis();
    if (kernel.cols() == 0) {
      return new BigRational[0];
    }
    BigRational[] z = new BigRational[a.cols()];
    java.util.Arrays.fill(z, BigRational.ZERO);
    for (int k = 0; k < support.length; k++) {
      z[support[k]] = kernel.get(k, 0);
    }
    return z;
  }
}
