package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.IterationWindowFamilies;
import org.tacit.group.model.IterationWindow;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW Theorem 3 / Appendix D.1: the proof's {@code T_1 <= T_3/2} fails for every
 * admissible parameter set, and the theorem's window {@code [T_lb, T_ub]} is empty.
 */
class IterationWindowErratumTest {

  /**
   * The inventory's instance (L = 10, s = 2, (u*)^2 = 1, eps = 1e-3, zeta = 0.08, alpha = 5e-13,
   * gamma = 0.05), by hand: m = 1; T_1 = log(1/(2 * 25e-26))/(2 log 1.025) = 55.952/0.049385 =
   * 1132.98; m_0 = floor(log_2 12.5) = 3, T_2 = 3 * 5/(2 * 0.05) = 150; T_lb = 1282.98;
   * T_ub = (5/(16 * 0.05)) * 4 log(2e12) = 25 * 28.324 = 708.10.
   */
  @Test
  @Verifies("LNHW:thm-3")
  @Verifies("LNHW:rem-D.1.2")
  @Verifies("LNHW:rem-4.2")
  void windowIsEmptyOnTheInventoryInstance() {
    IterationWindow window = new IterationWindow(1, 1, 10, 2, 1e-3, 1e-4, 5e-13, 0.05);
    assertThat(window.zeta()).isEqualTo(0.08, within(1e-17));
    assertThat(window.halvings()).isEqualTo(3);
    double phaseOne = Math.log(1 / (2 * 25e-26)) / (2 * Math.log(1.025));
    assertThat(window.phaseOneSteps()).isCloseTo(phaseOne, within(1e-9));
    assertThat(window.lowerSteps()).isCloseTo(phaseOne + 150, within(1e-9));
    assertThat(window.upperSteps()).isCloseTo(25 * Math.log(2e12), within(1e-9));
    assertThat(window.lowerSteps()).isGreaterThan(1282).isLessThan(1284);
    assertThat(window.upperSteps()).isGreaterThan(708).isLessThan(709);

    Verdict printed = new IterationWindowChecker(StatementForm.PRINTED).check(window);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(printed.checks()).filteredOn(check -> !check.holds())
        .extracting(check -> check.label())
        .containsExactly("T_1 <= T_3/2 (T_3 = T_ub)", "T_lb <= T_ub");
    assertThat(new IterationWindowChecker().check(window).holds()).isTrue();
  }

  /** The printed claims fail on every admissible draw (the analytic argument in the checker). */
  @Test
  @Verifies("LNHW:rem-D.1.2")
  void printedClaimFailsOnEveryAdmissibleDraw() {
    IterationWindowChecker printed = new IterationWindowChecker(StatementForm.PRINTED);
    SeededDraws draws = new SeededDraws(31);
    for (int k = 0; k < 2000; k++) {
      IterationWindow window = IterationWindowFamilies.admissible().draw(draws);
      Verdict verdict = printed.check(window);
      assertThat(verdict.hypothesesMet()).as(verdict.describe()).isTrue();
      assertThat(verdict.checks().get(1).holds()).as(verdict.describe()).isFalse();
      if (window.uStarMaxSquared() >= 2) {
        assertThat(verdict.checks().get(2).holds()).as(verdict.describe()).isFalse();
      }
    }
  }

  @Test
  @Verifies("LNHW:rem-D.1.2")
  @Verifies("LNHW:thm-3")
  void correctedRelationsHoldOnAdmissibleParameters() {
    PropertyHarness.verify("LNHW:rem-D.1.2",
        new CheckSuite<>(new IterationWindowChecker(), IterationWindowFamilies.admissible()));
  }

  @Test
  void rejectsAnAlphaAboveTheBound() {
    IterationWindow window = new IterationWindow(1, 1, 10, 2, 1e-3, 1e-4, 2e-12, 0.05);
    assertThat(new IterationWindowChecker().check(window).hypothesisFailure())
        .startsWith("0 < alpha < min(");
    IterationWindow fastGamma = new IterationWindow(1, 1, 10, 2, 1e-3, 1e-4, 5e-13, 0.06);
    assertThat(new IterationWindowChecker().check(fastGamma).hypothesisFailure())
        .isEqualTo("0 < gamma <= 1/(20 (u*_max)^2)");
  }
}
