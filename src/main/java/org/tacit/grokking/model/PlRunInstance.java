package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * Gradient descent on a least-squares loss whose design has full row rank (so g is mu-PL with
 * {@code mu = lambda_min(X X^T)} and {@code g* = 0}), for Theorems C.24 and C.25.
 *
 * @param loss g
 * @param initial {@code x^(0)}
 * @param alpha the step
 * @param steps T, the number of GD updates recorded
 * @param radiusSlack {@code s > 0} in {@code r^2 = (1 + s) 2 g(x^(0))/mu}
 *     <p>Spec: {@code TDR:thm-C.24}, {@code TDR:thm-C.25}.
 */
public record PlRunInstance(RationalLeastSquares loss, BigRational[] initial, BigRational alpha,
    int steps, BigRational radiusSlack) {

  /** Copies the initial point. */
  public PlRunInstance {
    initial = initial.clone();
  }
}
