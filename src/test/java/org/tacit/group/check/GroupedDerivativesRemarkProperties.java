package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.BracketFamilies;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW rem-A.1: gradients, Hessians and their products of the grouped parameterization. */
class GroupedDerivativesRemarkProperties {

  private final GroupedDerivativesRemarkChecker checker = new GroupedDerivativesRemarkChecker();

  @Test
  @Verifies("LNHW:rem-A.1")
  void closedFormsHoldExactlyAtRandomRationalPoints() {
    PropertyHarness.verify("LNHW:rem-A.1", new CheckSuite<>(checker, BracketFamilies.anyPair()));
  }

  /**
   * Hand case: one group {0, 1}, u = 2, v = (3, -1), i = 0, j = 1 (coordinates u, v_0, v_1).
   * grad G_0 = (2*2*3, 4, 0) = (12, 4, 0); Hess G_0 grad G_1 = 4*2*3*(-1) e_0 + 4*4*(-1) e_1
   * = (-24, -16, 0); both products and both gradients are checked: six exact checks, all hold.
   */
  @Test
  @Verifies("LNHW:rem-A.1")
  void handWorkedPointInOneGroup() {
    GroupedPairInstance instance = new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.of(2)), List.of(BigRational.of(3), BigRational.of(-1)), 0, 1);
    PolynomialParameterization g = PolynomialParameterization.grouped(instance.partition());
    BigRational[] point = instance.point();
    assertThat(g.gradient(0).evaluate(point)).containsExactly(BigRational.of(12), BigRational.of(4),
        BigRational.ZERO);
    assertThat(g.gradient(0).jacobianAt(point).multiply(g.gradient(1).evaluate(point)))
        .containsExactly(BigRational.of(-24), BigRational.of(-16), BigRational.ZERO);
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).hasSize(6);
  }

  @Test
  void rejectsANonPositiveMagnitude() {
    Verdict verdict = checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.ZERO), List.of(BigRational.ONE, BigRational.ONE), 0, 1));
    assertThat(verdict.hypothesisFailure()).isEqualTo("u > 0");
  }
}
