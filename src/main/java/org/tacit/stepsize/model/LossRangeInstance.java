package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * An instance of NRSS rem-D.6 (the loss range in the proof of Lemma D.6), in exact rationals. The
 * record does not enforce the hypotheses; the checker decides them.
 *
 * @param bound B
 * @param radius R
 * @param mean {@code mu >= 0}
 * @param variance {@code s2 >= 0}
 * @param w a vector with {@code ||w||_1 <= B}
 * @param wStar a vector with {@code ||w*||_1 <= B}
 * @param x a point with {@code ||x - mu 1||_inf <= R}
 */
public record LossRangeInstance(BigRational bound, BigRational radius, BigRational mean,
    BigRational variance, BigRational[] w, BigRational[] wStar, BigRational[] x) {

  /** Copies the arrays. */
  public LossRangeInstance {
    w = w.clone();
    wStar = wStar.clone();
    x = x.clone();
  }

  /** A copy of w. */
  @Override
  public BigRational[] w() {
    return w.clone();
  }

  /** A copy of w*. */
  @Override
  public BigRational[] wStar() {
    return wStar.clone();
  }

  /** A copy of x. */
  @Override
  public BigRational[] x() {
    return x.clone();
  }
}
