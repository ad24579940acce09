package org.tacit.grokking.model;

import org.tacit.exact.BigRational;

/**
 * An exact instance for the least-squares identities of the proof of Theorem 3.1 (Appendix C.4):
 * the data {@code (X, a*, xi)}, a probe point {@code a} at which the identities in {@code a} are
 * evaluated, and a step {@code alpha} and weight {@code beta} for one subgradient step from it.
 *
 * <p>Spec: {@code TDR:eq-65} .. {@code TDR:eq-75}, {@code TDR:eq-84}, {@code TDR:eq-91},
 * {@code TDR:rem-C.4.5}.
 *
 * @param data X, a*, xi
 * @param probe a (length n)
 * @param alpha the step
 * @param beta the weight of the l1 term
 */
public record LeastSquaresProbeInstance(SparseRecoveryData data, BigRational[] probe,
    BigRational alpha, BigRational beta) {

  /** Copies the probe and checks its length. */
  public LeastSquaresProbeInstance {
    if (probe.length != data.dimension()) {
      throw new IllegalArgumentException("probe of length " + probe.length + " for n = "
          + data.dimension());
    }
    probe = probe.clone();
  }

  /** A copy of the probe. */
  @Override
  public BigRational[] probe() {
    return probe.clone();
  }
}
