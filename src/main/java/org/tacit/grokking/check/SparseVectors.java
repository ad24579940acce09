package org.tacit.grokking.check;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;

/** Exact helpers of the sparse-vector checks (TDR Appendix G.1): sparsity and {@code ||A x||^2}. */
final class SparseVectors {

  private SparseVectors() {}

  /** Whether every vector has length n and at most s nonzero entries. */
  static boolean allSparse(BigRational[][] vectors, int n, int s) {
    for (BigRational[] x : vectors) {
      if (x.length != n || supportSize(x) > s) {
        return false;
      }
    }
    return true;
  }

  /** The number of nonzero entries. */
  static int supportSize(BigRational[] v) {
    int count = 0;
    for (BigRational value : v) {
      count += value.isZero() ? 0 : 1;
    }
    return count;
  }

  /** {@code ||A x||_2^2} from the rows of A (not from the Gram matrix). */
  static BigRational squaredImage(RationalMatrix a, BigRational[] x) {
    BigRational[] image = a.multiply(x);
    return RationalVectors.dot(image, image);
  }
}
