package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;

/**
 * Leverage scores and local coherences of TDR Definitions G.8-G.10 in exact arithmetic, computed
 * two independent ways: from an orthonormal factor U ({@code ||U^T w||^2} for a vector w, so
 * {@code ||U_{i,:}||^2} for {@code w = e_i}), and from the matrix alone through the orthogonal
 * projector onto its column space, {@code P = C (C^T C)^{-1} C^T} with C the pivot columns of the
 * reduced row echelon form (no SVD), whose diagonal entries are the leverage scores.
 *
 * <p>Contract: exact; inputs not modified. Cost: O(n^2 r) rational operations for the factor
 * form, one elimination plus O(n^2 r) for the projector. Spec: {@code TDR:def-G.8},
 * {@code TDR:def-G.9}, {@code TDR:eq-122}, {@code TDR:def-G.10}, {@code TDR:eq-123},
 * {@code TDR:eq-124}.
 */
public final class LocalCoherence {

  private LocalCoherence() {}

  /**
   * {@code ||U^T w_i||^2} for each column {@code w_i} of {@code basis} ({@code n x N}); with the
   * identity, the squared row norms {@code ||U_{i,:}||^2} (the leverage scores).
   */
  public static BigRational[] leverageScores(RationalMatrix u, RationalMatrix basis) {
    RationalMatrix projected = u.transpose().multiply(basis);
    BigRational[] scores = new BigRational[basis.cols()];
    for (int i = 0; i < scores.length; i++) {
      BigRational[] column = projected.column(i);
      scores[i] = RationalVectors.dot(column, column);
    }
    return scores;
  }

  /**
   * The orthogonal projector onto the column space of {@code a}, {@code C (C^T C)^{-1} C^T} with C
   * the pivot columns of its echelon form; the zero matrix when {@code a = 0}.
   */
  public static RationalMatrix columnSpaceProjector(RationalMatrix a) {
    int[] pivots = a.rowEchelonForm().pivotColumns();
    if (pivots.length == 0) {
      return RationalMatrix.zero(a.rows(), a.rows());
    }
    RationalMatrix c = a.selectColumns(pivots);
    return c.multiply(c.transpose().multiply(c).inverse()).multiply(c.transpose());
  }

  /** The diagonal of {@code p}. */
  public static BigRational[] diagonal(RationalMatrix p) {
    BigRational[] d = new BigRational[p.rows()];
    for (int i = 0; i < d.length; i++) {
      d[i] = p.get(i, i);
    }
    return d;
  }

  /** {@code (n / r) score_i} for each score: the local coherences (eq-122, eq-123). */
  public static BigRational[] coherences(BigRational[] scores, int n, int r) {
    BigRational factor = BigRational.of(n, r);
    BigRational[] out = new BigRational[scores.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = factor.multiply(scores[i]);
    }
    return out;
  }

  /** The sum of the entries. */
  public static BigRational sum(BigRational[] values) {
    BigRational total = BigRational.ZERO;
    for (BigRational v : values) {
      total = total.add(v);
    }
    return total;
  }

  /** The largest entry (0 for an empty array). */
  public static BigRational max(BigRational[] values) {
    BigRational best = BigRational.ZERO;
    for (BigRational v : values) {
      best = best.max(v);
    }
    return best;
  }

  /** {@code sum_i |x_i - y_i|} (0 exactly when the vectors are equal). */
  public static BigRational distance(BigRational[] x, BigRational[] y) {
    BigRational total = BigRational.ZERO;
    for (int i = 0; i < x.length; i++) {
      total = total.add(x[i].subtract(y[i]).abs());
    }
    return total;
  }

  /** Whether {@code q^T q = I} (orthonormal columns), exactly. */
  public static boolean orthonormalColumns(RationalMatrix q) {
    return q.transpose().multiply(q).equals(RationalMatrix.identity(q.cols()));
  }
}
