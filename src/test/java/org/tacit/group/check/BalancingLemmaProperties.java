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
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** LNHW Lemma 2 (balancing) and the GD drift of the balance, exactly. */
class BalancingLemmaProperties {

  @Test
  @Verifies("LNHW:lem-2")
  @Verifies("LNHW:rem-4.1")
  void balanceIsConservedByTheFlowAndDriftsByHSquaredUnderGd() {
    PropertyHarness.verify("LNHW:lem-2",
        new CheckSuite<>(new BalancingLemmaChecker(), GradientFamilies.rational()));
  }

  /**
   * By hand (n = 2, X = (1, 1)^T, y = (2, 2), u = v = 1, h = 1/2): a = dL_n/du = -2,
   * b = dL_n/dv = -1, so u a = -2 = 2 v b, and one GD step gives u = 2, v = 3/2: the balance moves
   * from 1/2 - 1 = -1/2 to 2 - 9/4 = -1/4, a drift of 1/4 = h^2 (a^2/2 - b^2) = (1/4)(2 - 1).
   */
  @Test
  @Verifies("LNHW:rem-4.1")
  void handWorkedDrift() {
    BigRational one = BigRational.ONE;
    GradientInstance instance = new GradientInstance(GroupPartition.ofSizes(1),
        new BigRational[][] {{one}, {one}}, new BigRational[] {BigRational.TWO, BigRational.TWO},
        new BigRational[] {one}, new BigRational[] {one}, BigRational.of(1, 2));
    Verdict verdict = new BalancingLemmaChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).filteredOn(check -> check.label().startsWith("GD drift"))
        .singleElement()
        .satisfies(check -> {
          assertThat(check.lhs()).isEqualTo(0.25);
          assertThat(check.rhs()).isEqualTo(0.25);
        });
  }

  @Test
  void rejectsAZeroStep() {
    GradientInstance valid = GradientFamilies.rational().draw(new SeededDraws(2));
    GradientInstance broken = new GradientInstance(valid.groups(), valid.x(), valid.y(),
        valid.u(), valid.v(), BigRational.ZERO);
    assertThat(new BalancingLemmaChecker().check(broken).hypothesisFailure())
        .isEqualTo("step h > 0");
  }
}
