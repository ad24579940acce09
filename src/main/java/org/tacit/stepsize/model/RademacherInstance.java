package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * An instance of NRSS rem-D.8: N samples in R^d (rows), the l1 radius B, and the box
 * {@code ||x - mu 1||_inf <= R} of the clipped class. The record does not enforce anything; the
 * checker decides the hypotheses.
 *
 * @param samples N rows of length d, rational
 * @param bound B > 0
 * @param mean mu, the box centre
 * @param radius R >= 0, the box radius
 */
public record RademacherInstance(BigRational[][] samples, BigRational bound, BigRational mean,
    BigRational radius) {

  /** Copies the rows. */
  public RademacherInstance {
    samples = copy(samples);
  }

  /** A copy of the samples. */
  @Override
  public BigRational[][] samples() {
    return copy(samples);
  }

  private static BigRational[][] copy(BigRational[][] rows) {
    BigRational[][] copy = new BigRational[rows.length][];
    for (int n = 0; n < rows.length; n++) {
      copy[n] = rows[n].clone();
    }
    return copy;
  }
}
