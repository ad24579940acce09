package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The three state-level perturbation bounds of LNHW and their constants: Lemma 12 (Algorithm 1,
 * phase 2), Lemma 13 (the same after the magnitude error halves) and Lemma 17 (Algorithm 2's
 * constant-step phase, with the weaker direction cap and the {@code sqrt(tau_0)}-smaller deltas).
 * Each constant is the paper's; {@code sqrt(tau_0)} enters as a rational (the instances of
 * Lemma 17 take {@code tau_0} a rational square).
 *
 * <p>Spec: {@code LNHW:lem-12}, {@code LNHW:eq-7}, {@code LNHW:lem-13}, {@code LNHW:lem-17},
 * {@code LNHW:eq-10}.
 */
public enum PerturbationRegime {

  /** Lemma 12 with its proof step Eq. (7). */
  LEMMA_12("LNHW:lem-12", "LNHW:eq-7"),

  /** Lemma 13 (its chain is part of the lemma's proof). */
  LEMMA_13("LNHW:lem-13", "LNHW:lem-13"),

  /** Lemma 17 with its proof step Eq. (10). */
  LEMMA_17("LNHW:lem-17", "LNHW:eq-10");

  private static final BigRational FIFTH = BigRational.of(1, 5);
  private static final BigRational HALF = BigRational.of(1, 2);

  private final String specId;
  private final String chainSpecId;

  PerturbationRegime(String specId, String chainSpecId) {
    this.specId = specId;
    this.chainSpecId = chainSpecId;
  }

  /** The spec ID of the lemma. */
  public String specId() {
    return specId;
  }

  /** The spec ID of the chain bounding {@code ||(u_l*)^2 v_l* - u_l^2 v_l||}. */
  public String chainSpecId() {
    return chainSpecId;
  }

  /** The cap slack {@code eps} in {@code <v_l, v_l*> >= 1 - eps}: tau^2/5 or tau/5. */
  public BigRational capSlack(BigRational tau) {
    return this == LEMMA_17 ? tau.multiply(FIFTH) : tau.multiply(tau).multiply(FIFTH);
  }

  /**
   * The magnitude accuracy {@code a} of {@code |(u_l*)^2 - u_l^2| <= a (u_l*)^2}: {@code tau}, or
   * {@code tau/2} for Lemma 13.
   */
  public BigRational magnitudeAccuracy(BigRational tau) {
    return this == LEMMA_13 ? tau.multiply(HALF) : tau;
  }

  /** The factor of the delta hypotheses: 1, or {@code sqrt(tau_0)} for Lemma 17. */
  public BigRational deltaFactor(BigRational sqrtTau0) {
    return this == LEMMA_17 ? sqrtTau0 : BigRational.ONE;
  }

  /**
   * The chain's factor {@code K} in {@code ||(u*)^2 v* - u^2 v|| <= K tau (u*)^2}: 3, 3/2,
   * {@code 1 + 2/sqrt(tau_0)}.
   */
  public BigRational chainFactor(BigRational sqrtTau0) {
    return switch (this) {
      case LEMMA_12 -> BigRational.of(3);
      case LEMMA_13 -> BigRational.of(3, 2);
      case LEMMA_17 -> BigRational.ONE.add(BigRational.TWO.divide(sqrtTau0));
    };
  }

  /**
   * {@code d} in the chain's step {@code u^2 sqrt(2 - 2<v, v*>) <= (3/2)(u*)^2 sqrt(d)}: the
   * corrected {@code (2/5) tau^2} (Lemmas 12, 13) or {@code (2/5) tau} (Lemma 17); Lemma 13's print
   * has {@code (1/5) tau^2}.
   */
  public BigRational chainRadicand(BigRational tau, boolean printed) {
    BigRational factor = printed && this == LEMMA_13 ? FIFTH : BigRational.of(2, 5);
    return this == LEMMA_17 ? factor.multiply(tau) : factor.multiply(tau).multiply(tau);
  }

  /** The divisor of the conclusion {@code tau (u_l*)^2 / divisor}: 10, 20, 10. */
  public BigRational conclusionDivisor() {
    return BigRational.of(this == LEMMA_13 ? 20 : 10);
  }

  /** The divisor {@code D} of the in-group plus cross-support bound {@code tau (u_l*)^2 / D}. */
  public BigRational coupledDivisor() {
    return BigRational.of(this == LEMMA_13 ? 40 : 20);
  }
}
