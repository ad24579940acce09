package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.PerturbedRunFamilies;
import org.tacit.group.model.Adversary;
import org.tacit.group.model.BoundsRunInstance;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Lemma 9 (corrected): worst-case runs for both parts (the erratum: MissingStepSizeErratumTest). */
class PerturbedBoundsLemmaProperties {

  private final PerturbedBoundsLemmaChecker checker = new PerturbedBoundsLemmaChecker();

  @Test
  @Verifies("LNHW:lem-9")
  void holdsOnWorstCaseRuns() {
    PropertyHarness.verify("LNHW:lem-9 corrected",
        new CheckSuite<>(checker, PerturbedRunFamilies.bounds()));
  }

  /**
   * Part 1 at the boundary step gamma = 1/(4((u*)^2 + B)) with the pushing adversary (b_t = 0,
   * e_t = +B): (5) is Lemma 7's recursion with target (u*)^2 + B, which approaches but never exceeds
   * it; with (u*)^2 = 1, B = 1/10, u^2(0) = 1/2, after 1000 steps u^2 is within 1e-9 of 11/10.
   */
  @Test
  @Verifies("LNHW:lem-9")
  void partOneApproachesTheShiftedTarget() {
    PerturbedRunInstance run = new PerturbedRunInstance(1, Math.sqrt(0.5), 1 / (4 * 1.1), 0,
        0.1, Adversary.GROW, 0, 1000);
    Verdict verdict = checker.check(new BoundsRunInstance(run, 0));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isCloseTo(1.1, within(1e-9));
  }
}
