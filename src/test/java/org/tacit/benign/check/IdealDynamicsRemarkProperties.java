package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.IdealDesignFamilies;
import org.tacit.benign.model.IdealDesignInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** ZG Section 4: a_t, b_t are the ideal dynamics; the d/n ratio of the two changes. */
class IdealDynamicsRemarkProperties {

  @Test
  @Verifies("ZG:rem-4.2")
  @Verifies("ZG:rem-4.3")
  void idealDynamicsAreTheRecursionsExactly() {
    PropertyHarness.verify("ZG:rem-4.2",
        new CheckSuite<>(new IdealDynamicsRemarkChecker(), IdealDesignFamilies.signRows()));
  }

  /**
   * By hand: n = 1, d = 2, X = (1, 1) (X X^T = 2), xi = 1, eta = 1/4: v^(1) = (1/4) X^T xi =
   * (1/4, 1/4), so a_1 = eta/n = 1/4; X^T X v^(1) = (1/2, 1/2) = b_1 X^T xi with b_1 = eta d/n^2 =
   * 1/2.
   */
  @Test
  @Verifies("ZG:rem-4.2")
  void handWorkedFirstStep() {
    BigRational one = BigRational.ONE;
    IdealDesignInstance instance = new IdealDesignInstance(new BigRational[][] {{one, one}},
        new BigRational[] {one}, BigRational.of(1, 4), 1);
    assertThat(instance.trajectory().get(1))
        .containsExactly(BigRational.of(1, 4), BigRational.of(1, 4));
    Verdict verdict = new IdealDynamicsRemarkChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
  }

  @Test
  void nonIdealDesignFailsTheNamedHypothesis() {
    IdealDesignInstance broken = IdealDesignFamilies.perturbed(new SeededDraws(3));
    assertThat(new IdealDynamicsRemarkChecker().check(broken).hypothesisFailure())
        .startsWith("X X^T = d I_n");
  }
}
