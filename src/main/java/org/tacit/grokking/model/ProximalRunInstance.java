package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * An exact run of ISTA (proximal gradient with soft thresholding, Appendix D.1) on
 * {@code f = ||X a - y*||^2/2 + beta ||a||_1}: {@code a^(t+1) = S_{alpha beta}(a^(t) - alpha
 * X^T (X a^(t) - y*))} from {@code a^(1)}, iterates {@code a^(1) .. a^(steps+1)}.
 *
 * <p>Spec: {@code TDR:rem-D.1.3}, {@code TDR:rem-D.1.4}.
 *
 * @param data X, a*, xi
 * @param alpha the step
 * @param beta the weight of the l1 term
 * @param initial a^(1) (length n)
 * @param steps the number of updates
 */
public record ProximalRunInstance(SparseRecoveryData data, BigRational alpha, BigRational beta,
    BigRational[] initial, int steps) {

  /** Copies the initial point and checks its length. */
  public ProximalRunInstance {
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

  /** Soft thresholding {@code S_gamma(v)_i = sign(v_i) max(|v_i| - gamma, 0)}, exact. */
  public static BigRational[] softThreshold(BigRational[] v, BigRational gamma) {
    BigRational[] out = new BigRational[v.length];
    for (int i = 0; i < v.length; i++) {
      BigRational shrunk = v[i].abs().subtract(gamma);
      out[i] = shrunk.signum() <= 0 ? BigRational.ZERO
          : (v[i].signum() < 0 ? shrunk.negate() : shrunk);
    }
    return out;
  }
}
