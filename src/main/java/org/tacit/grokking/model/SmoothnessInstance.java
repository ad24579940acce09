package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * A least-squares loss with two points, for the smoothness facts of Definition C.3 and Lemma C.4.
 *
 * @param loss g
 * @param x the first point
 * @param z the second point
 *     <p>Spec: {@code TDR:lem-C.4}, {@code TDR:def-C.3}.
 */
public record SmoothnessInstance(RationalLeastSquares loss, BigRational[] x, BigRational[] z) {

  /** Copies the points. */
  public SmoothnessInstance {
    x = x.clone();
    z = z.clone();
  }
}
