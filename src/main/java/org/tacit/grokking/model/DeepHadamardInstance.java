package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * An instance of the deep Hadamard parameterization of TDR Appendix F.1, in exact arithmetic: a
 * design {@code X in R^{N x n}}, training targets {@code y = X a* + xi}, the factors
 * {@code A_1, ..., A_L in R^n} (rows of {@code A in R^{L x n}}, so {@code a = A_1 o ... o A_L}), the
 * step alpha, the weight decay beta, and the number of updates to follow.
 *
 * <p>Contract: the design is immutable, the arrays are copied. Spec: {@code TDR:eq-118},
 * {@code TDR:eq-119}, {@code TDR:eq-120}.
 *
 * @param x the design X
 * @param y the targets (length N)
 * @param factors the factors A_k (L rows of length n)
 * @param alpha the step
 * @param beta the weight decay coefficient
 * @param steps the number of updates followed by the trajectory checks
 */
public record DeepHadamardInstance(RationalMatrix x, BigRational[] y, BigRational[][] factors,
    BigRational alpha, BigRational beta, int steps) {

  /** Compact canonical constructor: copies the arrays. */
  public DeepHadamardInstance {
    y = y.clone();
    factors = DeepHadamardFactors.copy(factors);
  }

  /** The targets (a copy). */
  @Override
  public BigRational[] y() {
    return y.clone();
  }

  /** The factors (a copy). */
  @Override
  public BigRational[][] factors() {
    return DeepHadamardFactors.copy(factors);
  }
}
