package org.tacit.l1rate.model;

import org.tacit.lp.L1Solution;

/**
 * The three parts of MS Assumption II.1 decided on one instance, each with its reason, together
 * with the nonnegative l1 minimizer that decided (b) and (c).
 *
 * <p>Spec: {@code MS:asm-II.1}.
 *
 * @param a part (a), {@code y != 0}
 * @param b part (b), two distinct nonnegative solutions exist
 * @param c part (c), the nonnegative l1 minimizer is unique
 * @param minimizer the nonnegative l1 minimizer and its uniqueness decision
 */
public record AssumptionII1Report(Part a, Part b, Part c, L1Solution minimizer) {

  /**
   * One part of the assumption.
   *
   * @param holds whether the part holds
   * @param reason why (a sentence naming the evidence)
   */
  public record Part(boolean holds, String reason) {}

  /** Whether all three parts hold. */
  public boolean holds() {
    return a.holds() && b.holds() && c.holds();
  }

  /** The first failing part as {@code "(x) reason"}, or {@code "holds"}. */
  public String firstFailure() {
    if (!a.holds()) {
      return "Assumption II.1(a) fails: " + a.reason();
    }
    if (!b.holds()) {
      return "Assumption II.1(b) fails: " + b.reason();
    }
    if (!c.holds()) {
      return "Assumption II.1(c) fails: " + c.reason();
    }
    return "holds";
  }
}
