package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An instance of the local-coherence items of TDR Appendix G.2: a rank-r matrix given by a compact
 * SVD {@code A = U Sigma V^T} ({@code U in R^{n1 x r}}, {@code V in R^{n2 x r}} with orthonormal
 * columns, Sigma positive diagonal) and two orthogonal change-of-basis matrices
 * {@code P1 in R^{n1 x n1}}, {@code P2 in R^{n2 x n2}} (Definition G.10), all rational.
 *
 * <p>Contract: the matrices are immutable; the singular values are copied. The checkers decide
 * orthonormality and positivity. Spec: {@code TDR:def-G.9}, {@code TDR:eq-124}.
 *
 * @param u the left singular vectors U
 * @param sigma the singular values (length r)
 * @param v the right singular vectors V
 * @param p1 the orthogonal basis of R^{n1} (columns u_i = P1 e_i)
 * @param p2 the orthogonal basis of R^{n2} (columns v_j = P2 e_j)
 */
public record LowRankInstance(RationalMatrix u, BigRational[] sigma, RationalMatrix v,
    RationalMatrix p1, RationalMatrix p2) {

  /** Compact canonical constructor: copies the singular values. */
  public LowRankInstance {
    sigma = sigma.clone();
  }

  /** The singular values (a copy). */
  @Override
  public BigRational[] sigma() {
    return sigma.clone();
  }

  /** {@code A = U diag(sigma) V^T}, exactly. */
  public RationalMatrix matrix() {
    BigRational[][] scaled = u.toArray();
    for (BigRational[] row : scaled) {
      for (int k = 0; k < sigma.length; k++) {
        row[k] = row[k].multiply(sigma[k]);
      }
    }
    return RationalMatrix.of(scaled).multiply(v.transpose());
  }
}
