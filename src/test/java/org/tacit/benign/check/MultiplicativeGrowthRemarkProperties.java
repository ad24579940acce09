package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;

/** ZG remark after Lemma 5.2: multiplicative updates of w, u, additive updates of v. */
class MultiplicativeGrowthRemarkProperties {

  @Test
  @Verifies("ZG:rem-5.1")
  void updatesAreMultiplicativeForWAndUAndAdditiveForV() {
    PropertyHarness.verify("ZG:rem-5.1",
        new CheckSuite<>(new MultiplicativeGrowthRemarkChecker(),
            LearnerFamilies.paperInitialization()));
  }

  @Test
  @Verifies("ZG:rem-5.1")
  void holdsFromArbitraryStatesToo() {
    PropertyHarness.verify("ZG:rem-5.1 arbitrary state",
        new CheckSuite<>(new MultiplicativeGrowthRemarkChecker(),
            LearnerFamilies.arbitraryState()));
  }

  @Test
  void zeroStepFailsTheNamedHypothesis() {
    LearnerInstance valid = LearnerFamilies.paperInitialization().draw(new SeededDraws(1));
    LearnerInstance broken = new LearnerInstance(valid.data(), BigRational.ZERO, valid.start(),
        valid.steps());
    assertThat(new MultiplicativeGrowthRemarkChecker().check(broken).hypothesisFailure())
        .startsWith("step size eta > 0");
  }
}
