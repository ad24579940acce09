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

/** LNHW rem-A.3: the nested bracket pairing is 4u^4(u^2 + 4v_i^2 + 4v_j^2) > 0. */
class NestedBracketRemarkProperties {

  private final NestedBracketRemarkChecker checker = new NestedBracketRemarkChecker();

  @Test
  @Verifies("LNHW:rem-A.3")
  void correctedValueHoldsOnWitnessPairs() {
    PropertyHarness.verify("LNHW:rem-A.3", new CheckSuite<>(checker, BracketFamilies.witnessPair()));
  }

  /** At v = 0 the pairing is 4u^6, still non-zero: u = 1/2 gives 4/64 = 1/16. */
  @Test
  @Verifies("LNHW:rem-A.3")
  void pairingIsFourUToTheSixAtVZero() {
    Verdict verdict = checker.check(new GroupedPairInstance(GroupPartition.ofSizes(1, 2),
        List.of(BigRational.ONE, BigRational.of(1, 2)),
        List.of(BigRational.ONE, BigRational.ZERO, BigRational.ZERO), 1, 2));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(2).lhs()).isEqualTo(1.0 / 16);
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(1, 1),
        List.of(BigRational.ONE, BigRational.ONE), List.of(BigRational.ONE, BigRational.ONE), 0, 1))
        .hypothesisFailure()).isEqualTo("i != j and g(i) = g(j)");
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.of(-2)), List.of(BigRational.ONE, BigRational.ONE), 0, 1))
        .hypothesisFailure()).isEqualTo("u > 0");
  }
}
