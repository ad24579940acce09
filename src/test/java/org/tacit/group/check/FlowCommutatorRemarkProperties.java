package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.BracketFamilies;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW rem-3.1.1: the flows along -grad G_i and -grad G_j do not commute (exact series). */
class FlowCommutatorRemarkProperties {

  private final FlowCommutatorRemarkChecker checker = new FlowCommutatorRemarkChecker();

  @Test
  @Verifies("LNHW:rem-3.1.1")
  void flowsDoNotCommuteAtWitnessPoints() {
    PropertyHarness.verify("LNHW:rem-3.1.1",
        new CheckSuite<>(checker, BracketFamilies.witnessPair()));
  }

  /**
   * One group of two, (u, v_0, v_1) = (1, 1, 0): the s^2 coefficient of the commutator is the
   * bracket (0, 0, 4), squared norm 16.
   */
  @Test
  @Verifies("LNHW:rem-3.1.1")
  void secondOrderCommutatorAtTheErratumPoint() {
    Verdict verdict = checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.ONE), List.of(BigRational.ONE, BigRational.ZERO), 0, 1));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(verdict.checks().size() - 1).rhs()).isEqualTo(16.0);
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.ONE), List.of(BigRational.ZERO, BigRational.ZERO), 0, 1))
        .hypothesisFailure()).isEqualTo("(v_i, v_j) != (0, 0)");
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(1, 1),
        List.of(BigRational.ONE, BigRational.ONE), List.of(BigRational.ONE, BigRational.ONE), 0, 1))
        .hypothesisFailure()).isEqualTo("i != j and g(i) = g(j)");
  }
}
