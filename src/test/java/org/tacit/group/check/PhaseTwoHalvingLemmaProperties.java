package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.PerturbedRunFamilies;
import org.tacit.group.model.Adversary;
import org.tacit.group.model.HalvingRunInstance;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Lemma 11 (corrected): worst-case runs, a hand case, the hypotheses. */
class PhaseTwoHalvingLemmaProperties {

  private final PhaseTwoHalvingLemmaChecker checker = new PhaseTwoHalvingLemmaChecker();

  @Test
  @Verifies("LNHW:lem-11")
  void holdsOnWorstCaseRuns() {
    PropertyHarness.verify("LNHW:lem-11 corrected",
        new CheckSuite<>(checker, PerturbedRunFamilies.phaseTwo()));
  }

  /**
   * Start at the edge u^2(0) = (1 - tau)(u*)^2 with tau = 1/2, (u*)^2 = 1, gamma = 1/20, the
   * adversary pushing against convergence: T_0 = 5/(2/20) = 50 and every later u^2 lies within
   * 1/4 of 1.
   */
  @Test
  @Verifies("LNHW:lem-11")
  void edgeStartHalvesByTheStatedTime() {
    PerturbedRunInstance run = new PerturbedRunInstance(1, Math.sqrt(0.5), 1.0 / 20, 0.05, 0.05,
        Adversary.AGAINST, 0, 400);
    assertThat(PhaseTwoHalvingLemmaChecker.halvingTime(run)).isEqualTo(50.0);
    Verdict verdict = checker.check(new HalvingRunInstance(run, 0.5));
    assertThat(verdict.holds()).isTrue();
  }

  /** A start farther than tau (u*)^2 from (u*)^2 is rejected by name. */
  @Test
  @Verifies("LNHW:lem-11")
  void farStartIsOutsideTheHypotheses() {
    PerturbedRunInstance run = new PerturbedRunInstance(1, Math.sqrt(0.4), 1.0 / 20, 0.05, 0.05,
        Adversary.AGAINST, 0, 400);
    assertThat(checker.check(new HalvingRunInstance(run, 0.5)).hypothesisFailure())
        .startsWith("|(u*)^2 - u^2(0)| <= tau (u*)^2");
  }
}
