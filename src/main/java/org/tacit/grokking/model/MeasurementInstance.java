package org.tacit.grokking.model;

import java.util.List;
import org.tacit.exact.RationalMatrix;

/**
 * An exact instance of the compressed-sensing view of matrix sensing and completion (Section 3.2,
 * Appendix G.2.1): {@code A* = U Sigma V^T} with {@code U}, {@code V} square rational orthogonal
 * (the full SVD; {@code Sigma} {@code n1 x n2} with {@code rank} non-zero diagonal entries),
 * sensing matrices {@code X_i} ({@code n1 x n2}), completion vector pairs
 * ({@code x1_i} in {@code R^{n1}}, {@code x2_i} in {@code R^{n2}}, stored as the rows of
 * {@code completionLeft} ({@code N x n1}) and {@code completionRight} ({@code N x n2})), the
 * one-hot completion positions {@code (l_i, c_i)}, and square rational orthogonal
 * {@code P1} ({@code n1 x n1}), {@code P2} ({@code n2 x n2}) for the change of measurement basis.
 *
 * <p>Spec: {@code TDR:rem-3.2.1}, {@code TDR:rem-G.2.1.1}.
 *
 * @param u the left singular basis U*
 * @param sigma the {@code n1 x n2} diagonal Sigma*
 * @param v the right singular basis V*
 * @param rank the number of non-zero diagonal entries of Sigma*
 * @param sensing the sensing matrices X_i
 * @param completionLeft the rows x1_i^T
 * @param completionRight the rows x2_i^T
 * @param observed the one-hot positions {l_i, c_i}
 * @param p1 the left change of basis
 * @param p2 the right change of basis
 */
public record MeasurementInstance(RationalMatrix u, RationalMatrix sigma, RationalMatrix v,
    int rank, List<RationalMatrix> sensing, RationalMatrix completionLeft,
    RationalMatrix completionRight, List<int[]> observed, RationalMatrix p1, RationalMatrix p2) {

  /** Copies the lists (the arrays of {@code observed} are treated as read-only). */
  public MeasurementInstance {
    sensing = List.copyOf(sensing);
    observed = List.copyOf(observed);
  }

  /** {@code A* = U Sigma V^T}. */
  public RationalMatrix groundTruth() {
    return u.multiply(sigma).multiply(v.transpose());
  }
}
