package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.GradientFamilies;
import org.tacit.group.model.GradientInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW's remark after Lemma 3: the Lemma 3 initialisation is one GD step from v = 0. */
class InitialStepRemarkProperties {

  @Test
  @Verifies("LNHW:rem-3.2.2")
  void oneStepFromZeroIsProportionalToTheCorrelations() {
    PropertyHarness.verify("LNHW:rem-3.2.2",
        new CheckSuite<>(new InitialStepRemarkChecker(), GradientFamilies.rational()));
  }

  /**
   * By hand: n = 2, X = (1, 1)^T, y = (2, 4), u = 2, h = 1/2: X^T y / n = 3, so v(1) =
   * h u^2 * 3 = 6 and u stays 2.
   */
  @Test
  @Verifies("LNHW:rem-3.2.2")
  void handWorkedStep() {
    BigRational one = BigRational.ONE;
    GradientInstance instance = new GradientInstance(GroupPartition.ofSizes(1),
        new BigRational[][] {{one}, {one}}, new BigRational[] {BigRational.TWO, BigRational.of(4)},
        new BigRational[] {BigRational.TWO}, new BigRational[] {one}, BigRational.of(1, 2));
    Verdict verdict = new InitialStepRemarkChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(1).lhs()).isEqualTo(6.0);
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(2.0);
  }
}
