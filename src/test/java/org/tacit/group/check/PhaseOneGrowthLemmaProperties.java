package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.PerturbedRunFamilies;
import org.tacit.group.model.Adversary;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Lemma 10 (corrected): worst-case runs and the hypotheses the correction adds. */
class PhaseOneGrowthLemmaProperties {

  private final PhaseOneGrowthLemmaChecker checker = new PhaseOneGrowthLemmaChecker();

  @Test
  @Verifies("LNHW:lem-10")
  void holdsOnWorstCaseRuns() {
    PropertyHarness.verify("LNHW:lem-10 corrected",
        new CheckSuite<>(checker, PerturbedRunFamilies.phaseOne()));
  }

  /**
   * The slowest run: (u*)^2 = 1, alpha = 1/1000, gamma = 1/20, b_t at the tangent point of radius
   * 1/20 and e_t = -1/20. Every growth factor is at least 1 + gamma/2 = 1.025 (the proof), so u^2
   * reaches 1/2 by T_0 = log(5e5)/(2 log 1.025) = 265.7 steps, and it stays below 3/2.
   */
  @Test
  @Verifies("LNHW:lem-10")
  void slowestRunReachesHalfByTheStatedTime() {
    PerturbedRunInstance run = new PerturbedRunInstance(1, 1e-3, 1.0 / 20, 1.0 / 20, 1.0 / 20,
        Adversary.SHRINK, 0, 600);
    assertThat(PhaseOneGrowthLemmaChecker.growthTime(run))
        .isBetween(265.0, 266.0);
    Verdict verdict = checker.check(run);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).hasSize(4);
  }

  /** The corrected form rejects a perturbation of norm above (u*)^2/20 by name. */
  @Test
  @Verifies("LNHW:lem-10")
  void largePerturbationIsOutsideTheHypotheses() {
    PerturbedRunInstance run = new PerturbedRunInstance(1, 0.1, 1.0 / 20, 1.0 / 10, 1.0 / 20,
        Adversary.SHRINK, 0, 600);
    assertThat(checker.check(run).hypothesisFailure()).startsWith("|<v(t), b_t>| <= (u*)^2/20");
  }
}
