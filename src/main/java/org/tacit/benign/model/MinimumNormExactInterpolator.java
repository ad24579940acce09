package org.tacit.benign.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.LinearSolution;
import org.tacit.exact.RationalMatrix;

/**
 * The minimum-l2-norm interpolator in exact rational arithmetic: {@code c} solves
 * {@code (X X^T) c = y} exactly and {@code beta = X^T c}. It is the unique vector with
 * {@code X beta = y} and {@code beta in row(X)}, and it is orthogonal to {@code ker X}, which is
 * exactly the characterisation of the minimum l2 norm among interpolators.
 *
 * <p>Contract: X has full row rank (else {@link IllegalArgumentException}). Cost: polynomial in
 * the bit sizes; meant for small instances (n, d up to a few tens).
 *
 * <p>Spec: {@code ZG:rem-1.1}.
 */
public final class MinimumNormExactInterpolator {

  private MinimumNormExactInterpolator() {}

  /** The row-space coefficients c with {@code X X^T c = y}. */
  public static BigRational[] coefficients(RationalMatrix x, BigRational[] y) {
    if (x.rank() != x.rows()) {
      throw new IllegalArgumentException("X must have full row rank");
    }
    LinearSolution solution = x.multiply(x.transpose()).solve(y);
    BigRational[] c = solution.particular();
    if (c == null || solution.kind() != LinearSolution.Kind.UNIQUE) {
      throw new IllegalStateException("X X^T of a full-row-rank X is invertible");
    }
    return c;
  }

  /** The min-l2 interpolator {@code X^T (X X^T)^{-1} y}. */
  public static BigRational[] solve(RationalMatrix x, BigRational[] y) {
    return x.transpose().multiply(coefficients(x, y));
  }
}
