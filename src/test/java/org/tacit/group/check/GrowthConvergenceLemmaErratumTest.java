package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.group.model.ConvergenceTimeInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW Lemma 6: the printed conclusion |u^3/sqrt(2) - (u*)^2| < (1 - 3B - tau)(u*)^2 is
 * false for flows meeting the hypothesis, which only bounds the growth from below; the proof (and
 * Theorem 2's use of it) establishes the one-sided u^3/sqrt(2) >= (1 - 3B - tau)(u*)^2, i.e. a
 * shortfall at most (3B + tau)(u*)^2.
 */
class GrowthConvergenceLemmaErratumTest {

  private static Check labelled(Verdict verdict, String prefix) {
    return verdict.checks().stream().filter(c -> c.label().startsWith(prefix)).findFirst()
        .orElseThrow();
  }

  /**
   * u* = 1, B = 9/100, tau = 49/100, theta = 1/4. The slowest flow u' = a u^2 - u^5 increases to its
   * fixed point u^3/sqrt(2) = (1 - 3B) = 0.73, so its gap (u*)^2 - u^3/sqrt(2) stays above 3B = 0.27
   * > 1 - 3B - tau = 0.24 for all t: the printed conclusion never holds on it (no numerics needed:
   * 0.27 > 0.24). The fast flow u = theta e^(k t) with k = max_u (a u - u^4) also meets the hypothesis
   * and at t = T has u^3/sqrt(2) far above (2 - 3B - tau)(u*)^2. The one-sided form holds.
   */
  @Test
  @Verifies("LNHW:lem-6")
  void printedConclusionFailsOnBothFlows() {
    ConvergenceTimeInstance instance = new ConvergenceTimeInstance(1, 0.09, 0.49, 0.25);
    Verdict printed = new GrowthConvergenceLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    Check slowest = labelled(printed, "printed |u^3/sqrt(2) - (u*)^2|");
    assertThat(slowest.holds()).isFalse();
    assertThat(slowest.lhs()).isEqualTo(3 * 0.09);
    assertThat(labelled(printed, "printed upper side").holds()).isFalse();
    assertThat(new GrowthConvergenceLemmaChecker().check(instance).holds()).isTrue();
  }

  /**
   * For small B and tau (u* = 1, B = 1/100, tau = 1/10, theta = 1/10) the slowest flow satisfies the
   * printed two-sided bound in its limit (3B = 0.03 < 0.87), but the fast flow, which also meets the
   * hypothesis, still violates it: the missing upper growth bound alone makes the print false.
   */
  @Test
  @Verifies("LNHW:lem-6")
  void missingUpperGrowthBoundAloneBreaksThePrint() {
    ConvergenceTimeInstance instance = new ConvergenceTimeInstance(1, 0.01, 0.1, 0.1);
    Verdict printed = new GrowthConvergenceLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(labelled(printed, "printed |u^3/sqrt(2) - (u*)^2|").holds()).isTrue();
    assertThat(labelled(printed, "printed upper side").holds()).isFalse();
    assertThat(printed.holds()).isFalse();
    assertThat(new GrowthConvergenceLemmaChecker().check(instance).holds()).isTrue();
  }
}
