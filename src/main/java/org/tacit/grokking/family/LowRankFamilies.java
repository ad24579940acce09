package org.tacit.grokking.family;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.LowRankInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the local-coherence items of TDR Appendix G.2: exact rational compact SVDs
 * {@code A = U Sigma V^T} with U, V the first r columns of Cayley orthogonal matrices (one time in
 * four U is made of canonical basis vectors, the most coherent case {@code mu(U) = n1/r}), positive
 * rational singular values and Cayley orthogonal changes of basis P1, P2 (Definition G.10). The
 * hypotheses hold by construction.
 *
 * <p>Spec: {@code TDR:def-G.9}, {@code TDR:eq-124}.
 */
public final class LowRankFamilies {

  private LowRankFamilies() {}

  /** {@code n1, n2 in [2, 4]}, {@code r in [1, min(n1, n2)]}, singular values in {@code [1, 9]/2}. */
  public static InstanceFamily<LowRankInstance> cayley() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational compact SVD (Cayley U, V; canonical U 1 time in 4), n1, n2 in [2, 4],"
            + " r <= min(n1, n2), Cayley P1, P2";
      }

      @Override
      public LowRankInstance draw(Draws draws) {
        int n1 = draws.intBetween(2, 4);
        int n2 = draws.intBetween(2, 4);
        int r = draws.intBetween(1, Math.min(n1, n2));
        RationalMatrix u = draws.between(0, 3) == 0 ? canonical(draws, n1, r)
            : RationalFrames.orthonormalColumns(draws, n1, r);
        RationalMatrix v = RationalFrames.orthonormalColumns(draws, n2, r);
        BigRational[] sigma = new BigRational[r];
        for (int k = 0; k < r; k++) {
          sigma[k] = BigRational.of(draws.between(1, 9), 2);
        }
        return new LowRankInstance(u, sigma, v, RationalFrames.orthogonal(draws, n1),
            RationalFrames.orthogonal(draws, n2));
      }
    };
  }

  /** r distinct canonical basis vectors of {@code R^n} as columns. */
  private static RationalMatrix canonical(Draws draws, int n, int r) {
    int[] order = draws.permutation(n);
    int[] first = new int[r];
    System.arraycopy(order, 0, first, 0, r);
    return RationalMatrix.identity(n).selectColumns(first);
  }
}
