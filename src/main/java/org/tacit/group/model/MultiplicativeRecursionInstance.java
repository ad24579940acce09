package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * An instance of LNHW Lemma 14: the off-support recursion {@code u(t+1) = u(t)(1 + 2 gamma e_t)},
 * {@code u(0) = alpha}, with the periodic perturbation sequence {@code e_t = period[t mod P]}
 * (constant {@code B} is the worst case).
 *
 * <p>Spec: {@code LNHW:lem-14}.
 *
 * @param alpha the initialization {@code alpha}
 * @param bound the constant {@code B} of {@code |e_t| <= B}
 * @param gamma the step size {@code gamma}
 * @param period one period of the perturbation sequence (non-empty)
 */
public record MultiplicativeRecursionInstance(BigRational alpha, BigRational bound,
    BigRational gamma, BigRational[] period) {

  /** The perturbation {@code e_t}. */
  public BigRational perturbation(long t) {
    return period[(int) (t % period.length)];
  }
}
