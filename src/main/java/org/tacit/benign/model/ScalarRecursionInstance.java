package org.tacit.benign.model;

import org.tacit.exact.BigRational;

/**
 * An instance of ZG Lemma B.9: the scalar recursion {@code z_{t+1} = (1 - eta (z_t - mu))^2 z_t}
 * started at {@code z_0}, the band half-width {@code eps}, and how many steps past the proof's
 * explicit hitting-time bound the checker follows the run (to check that it stays in the band).
 *
 * <p>Contract: exact rationals; the checker decides the lemma's hypotheses.
 *
 * <p>Spec: {@code ZG:lem-B.9}.
 *
 * @param eta the step eta
 * @param mu the target mu
 * @param initial the start z_0
 * @param epsilon the band half-width eps
 * @param extraSteps steps followed after the explicit bound T* on the hitting time
 */
public record ScalarRecursionInstance(BigRational eta, BigRational mu, BigRational initial,
    BigRational epsilon, int extraSteps) {

  /** {@code f(z) = (1 - eta (z - mu))^2 z}, exactly. */
  public BigRational next(BigRational z) {
    return BigRational.ONE.subtract(eta.multiply(z.subtract(mu))).pow(2).multiply(z);
  }

  /** The dimensionless step {@code h = eta mu}. */
  public BigRational scaledStep() {
    return eta.multiply(mu);
  }
}
