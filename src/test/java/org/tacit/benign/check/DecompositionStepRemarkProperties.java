package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.benign.model.LearnerInstance;
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
}
