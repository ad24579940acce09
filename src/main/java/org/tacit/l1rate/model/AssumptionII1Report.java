package org.tacit.l1rate.model;

import org.tacit.lp.L1Solution;
import org.tacit.verify.Hypotheses;

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

  /**
   * The three parts as hypotheses, in order up to the first that fails: named
   * {@code "Assumption II.1(a) y != 0"}, {@code "Assumption II.1(b) two distinct nonnegative
   * solutions"}, {@code "Assumption II.1(c) unique nonnegative l1 minimizer"}, each failure with
   * its reason.
   */
  public Hypotheses hypotheses() {
    Hypotheses hypotheses = new Hypotheses();
    if (hypotheses.require(PART_A, a.holds(), a.reason())
        && hypotheses.require(PART_B, b.holds(), b.reason())) {
      hypotheses.require(PART_C, c.holds(), c.reason());
    }
    return hypotheses;
  }

  /** The name of part (a). */
  public static final String PART_A = "Assumption II.1(a) y != 0";
  /** The name of part (b). */
  public static final String PART_B = "Assumption II.1(b) two distinct nonnegative solutions";
  /** The name of part (c). */
  public static final String PART_C = "Assumption II.1(c) unique nonnegative l1 minimizer";
}
