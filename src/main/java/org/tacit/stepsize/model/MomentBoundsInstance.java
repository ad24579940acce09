package org.tacit.stepsize.model;

import org.tacit.exact.BigRational;

/**
 * An instance of the two deterministic steps NRSS rem-D.3 and rem-D.7: weights {@code w} and
 * empirical means {@code xbar} (rem-D.3); a k-sparse {@code beta} with mean {@code mu} and
 * variance {@code sigma^2 > 0} of the features (rem-D.7). The record does not enforce the
 * hypotheses; the checker decides them.
 *
 * @param weights w
 * @param means xbar (same length as w)
 * @param beta beta*
 * @param sparsity k, at least the number of nonzeros of beta
 * @param mean mu
 * @param variance sigma^2, positive
 */
public record MomentBoundsInstance(BigRational[] weights, BigRational[] means, BigRational[] beta,
    int sparsity, BigRational mean, BigRational variance) {

  /** Copies the arrays. */
  public MomentBoundsInstance {
    weights = weights.clone();
    means = means.clone();
    beta = beta.clone();
  }

  /** A copy of w. */
  @Override
  public BigRational[] weights() {
    return weights.clone();
  }

  /** A copy of xbar. */
  @Override
  public BigRational[] means() {
    return means.clone();
  }

  /** A copy of beta. */
  @Override
  public BigRational[] beta() {
    return beta.clone();
  }
}
