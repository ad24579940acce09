package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The pseudo-inverse of a rational design {@code X} ({@code N x n}, any rank r) applied exactly,
 * through the row space: with {@code R} the r nonzero rows of the reduced row echelon form of
 * {@code X} (a basis of {@code row(X)}), {@code X^+ b = R^T M^{-1} R X^T b}, {@code M = R X^T X R^T}
 * (invertible since {@code X R^T} has full column rank). This is the least-squares solution in
 * {@code row(X)}: {@code (X^T X)^+ X^T b}. The row-space projector is
 * {@code P v = R^T (R R^T)^{-1} R v = X^+ X v}.
 *
 * <p>Contract: immutable; exact. Construction: one RREF and two r x r inverses; each application
 * O(N n + n r + r^2) rational operations. Callers certify results independently (normal equations,
 * orthogonality to a kernel basis), since this class is the code under test.
 *
 * <p>Spec: {@code TDR:eq-68} (the least-squares solution {@code a_hat}), {@code TDR:eq-69} ..
 * {@code TDR:eq-74}, {@code TDR:thm-3.6} (the projector P).
 */
public final class ExactLeastSquares {

  private final RationalMatrix x;
  private final RationalMatrix basis;
  private final RationalMatrix normalInverse;
  private final RationalMatrix gramInverse;
  private final int rank;

  /** Prepares the pseudo-inverse of {@code x}. */
  public ExactLeastSquares(RationalMatrix x) {
    this.x = x;
    this.rank = x.rank();
    RationalMatrix reduced = x.rowEchelonForm().reduced();
    BigRational[][] rows = new BigRational[Math.max(rank, 1)][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i < rank ? reduced.row(i) : ExactVectors.zeros(x.cols());
    }
    this.basis = RationalMatrix.of(rows);
    if (rank == 0) {
      this.normalInverse = RationalMatrix.zero(1, 1);
      this.gramInverse = RationalMatrix.zero(1, 1);
    } else {
      RationalMatrix xr = x.multiply(basis.transpose());
      this.normalInverse = xr.transpose().multiply(xr).inverse();
      this.gramInverse = basis.multiply(basis.transpose()).inverse();
    }
  }

  /** {@code rank X}. */
  public int rank() {
    return rank;
  }

  /** {@code X^+ b = (X^T X)^+ X^T b} (length n); for {@code b = y*} this is {@code a_hat}. */
  public BigRational[] pseudoInverseTimes(BigRational[] b) {
    if (rank == 0) {
      return ExactVectors.zeros(x.cols());
    }
    BigRational[] c = normalInverse.multiply(basis.multiply(x.transpose().multiply(b)));
    return basis.transpose().multiply(c);
  }

  /** {@code P v = X^+ X v}, the orthogonal projection of {@code v} onto {@code row(X)}. */
  public BigRational[] rowSpaceProjection(BigRational[] v) {
    if (rank == 0) {
      return ExactVectors.zeros(x.cols());
    }
    return basis.transpose().multiply(gramInverse.multiply(basis.multiply(v)));
  }

  /** {@code X X^+ b = U U^T b}, the orthogonal projection of {@code b} onto {@code col(X)}. */
  public BigRational[] rangeProjection(BigRational[] b) {
    return x.multiply(pseudoInverseTimes(b));
  }
}
