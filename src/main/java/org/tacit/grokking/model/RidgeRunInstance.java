package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * An exact run of gradient descent with weight decay only (Section 3.3, Appendix C.8):
 * {@code f(a) = ||X a - y*||^2/2 + beta ||a||^2/2}, {@code a^(t+1) = a^(t) - alpha grad f(a^(t))}
 * from {@code a^(1)} (the paper's indexing: the run has iterates {@code a^(1) .. a^(steps+1)}).
 *
 * <p>Spec: {@code TDR:thm-3.6}, {@code TDR:thm-C.51}, {@code TDR:lem-C.52}.
 *
 * @param data X, a*, xi
 * @param alpha the step
 * @param beta the weight decay
 * @param initial a^(1) (length n)
 * @param steps the number of updates
 */
public record RidgeRunInstance(SparseRecoveryData data, BigRational alpha, BigRational beta,
    BigRational[] initial, int steps) {

  /** Copies the initial point and checks its length. */
  public RidgeRunInstance {
    if (initial.length != data.dimension()) {
      throw new IllegalArgumentException("a^(1) of length " + initial.length + " for n = "
          + data.dimension());
    }
    initial = initial.clone();
  }

  /** A copy of a^(1). */
  @Override
  public BigRational[] initial() {
    return initial.clone();
  }
}
