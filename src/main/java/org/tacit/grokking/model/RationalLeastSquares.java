package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;

/**
 * The TDR loss {@code g(a) = ||X a - y||^2 / 2} in exact rational arithmetic (the exact twin of
 * {@link LeastSquaresLoss}): value, gradient {@code X^T (X a - y)} and Hessian {@code X^T X}.
 *
 * <p>Contract: immutable; {@code X} is {@code N x p}, {@code y} of length N (copied). O(N p) exact
 * operations per value or gradient.
 *
 * @param design X
 * @param targets y
 *     <p>Spec: {@code TDR:lem-C.4}, {@code TDR:def-C.3}, {@code TDR:eq-2}.
 */
public record RationalLeastSquares(RationalMatrix design, BigRational[] targets) {

  /** Checks the shapes and copies {@code y}. */
  public RationalLeastSquares {
    if (targets.length != design.rows()) {
      throw new IllegalArgumentException("y must have " + design.rows() + " entries, got "
          + targets.length);
    }
    targets = targets.clone();
  }

  /** p. */
  public int dimension() {
    return design.cols();
  }

  /** {@code X a - y}. */
  public BigRational[] residual(BigRational[] a) {
    BigRational[] r = design.multiply(a);
    for (int i = 0; i < r.length; i++) {
      r[i] = r[i].subtract(targets[i]);
    }
    return r;
  }

  /** {@code g(a)}. */
  public BigRational value(BigRational[] a) {
    BigRational[] r = residual(a);
    return RationalVectors.dot(r, r).divide(BigRational.TWO);
  }

  /** {@code grad g(a) = X^T (X a - y)}. */
  public BigRational[] gradient(BigRational[] a) {
    return design.transpose().multiply(residual(a));
  }

  /** {@code Hess g = X^T X}. */
  public RationalMatrix hessian() {
    return design.transpose().multiply(design);
  }

  /** {@code L2 = max_ij |[X^T X]_ij|} (the paper's entrywise Hessian bound, constant here). */
  public BigRational entrywiseHessianBound() {
    RationalMatrix h = hessian();
    BigRational max = BigRational.ZERO;
    for (int i = 0; i < h.rows(); i++) {
      for (int j = 0; j < h.cols(); j++) {
        max = max.max(h.get(i, j).abs());
      }
    }
    return max;
  }
}
