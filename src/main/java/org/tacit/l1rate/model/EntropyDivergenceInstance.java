package org.tacit.l1rate.model;

import org.tacit.exact.BigRational;

/**
 * An instance of the MS definitions def-I.3 and def-I.5: a point {@code x >= 0} with at least one
 * zero coordinate, a base point {@code x0 > 0}, and {@code alpha > 0}. The record does not enforce
 * the hypotheses; the checker decides them.
 *
 * @param x the point (rational, nonnegative, some coordinate zero)
 * @param x0 the base point of def-I.3 (rational, positive)
 * @param alpha the scale of def-I.5 (rational, positive)
 */
public record EntropyDivergenceInstance(BigRational[] x, BigRational[] x0, BigRational alpha) {

  /** Copies the arrays. */
  public EntropyDivergenceInstance {
    x = x.clone();
    x0 = x0.clone();
  }

  /** A copy of x. */
  @Override
  public BigRational[] x() {
    return x.clone();
  }

  /** A copy of x0. */
  @Override
  public BigRational[] x0() {
    return x0.clone();
  }
}
