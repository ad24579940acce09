package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.NoiseFittingCoefficients;
import org.tacit.benign.model.LearnerState;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** ZG one-step identities of Gamma_t and Delta_v (proofs of Lemmas B.2, B.3, C.3, C.4). */
class DecompositionStepRemarkProperties {

  @Test
  @Verifies("ZG:rem-B.5")
  @Verifies("ZG:rem-B.6")
  void oneStepIdentitiesHoldExactly() {
    PropertyHarness.verify("ZG:rem-B.5",
        new CheckSuite<>(new DecompositionStepRemarkChecker(),
            LearnerFamilies.paperInitialization()));
  }

  /** Every run of the family with T >= 1 yields the one-step checks of both items. */
  @Test
  @Verifies("ZG:rem-B.6")
  void bothItemsAreChecked() {
    LearnerInstance instance = LearnerFamilies.paperInitialization().draw(new SeededDraws(9));
    Verdict verdict = new DecompositionStepRemarkChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
    assertThat(verdict.checks()).anyMatch(c -> c.specId().equals("ZG:rem-B.6")
        && c.label().startsWith("a_{t+1} X^T xi + Delta_v^(t+1) = a_t"));
    assertThat(verdict.checks()).anyMatch(c -> c.specId().equals("ZG:rem-B.5")
        && c.label().startsWith("[derived] Gamma_{t+1}"));
  }

  @Test
  void nonzeroInitialVFailsTheNamedHypothesis() {
    LearnerInstance valid = LearnerFamilies.paperInitialization().draw(new SeededDraws(4));
    BigRational[] v = valid.start().v().clone();
    v[0] = BigRational.of(-1, 2);
    LearnerInstance broken = new LearnerInstance(valid.data(), valid.eta(),
        new LearnerState(valid.start().w(), valid.start().u(), v), valid.steps());
    assertThat(new DecompositionStepRemarkChecker().check(broken).hypothesisFailure())
        .startsWith("v^(0) = 0");
  }

  /**
   * The bound a_t <= 1/d of Lemma B.3's proof needs eta d/n <= 1: with n = d = 1 and eta = 3/2,
   * q = -1/2 and a_1 = eta/n = 3/2 > 1 = 1/d (exact), so the checker asserts the bound only where
   * eta d/n <= 1; there the closed form (1 - q^t)/d with q in [0, 1) gives it.
   */
  @Test
  @Verifies("ZG:rem-B.6")
  void boundOnATNeedsEtaDOverNAtMostOne() {
    NoiseFittingCoefficients large = new NoiseFittingCoefficients(BigRational.of(3, 2), 1, 1);
    assertThat(large.a(1)).isEqualTo(BigRational.of(3, 2));
    assertThat(large.a(1).compareTo(BigRational.ONE)).isPositive();
    LearnerInstance instance = LearnerFamilies.paperInitialization().draw(new SeededDraws(6));
    Verdict verdict = new DecompositionStepRemarkChecker().check(instance);
    assertThat(verdict.checks()).anyMatch(c -> c.label().startsWith("a_t <= 1/d"));
  }
}
