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

/** LNHW rem-A.2: the corrected closed form of [grad G_i, grad G_j] on any pair of indices. */
class BracketClosedFormRemarkProperties {

  private final BracketClosedFormRemarkChecker checker = new BracketClosedFormRemarkChecker();

  @Test
  @Verifies("LNHW:rem-A.2")
  void correctedClosedFormHoldsOnAnyPair() {
    PropertyHarness.verify("LNHW:rem-A.2", new CheckSuite<>(checker, BracketFamilies.anyPair()));
  }

  @Test
  @Verifies("LNHW:rem-A.2")
  void correctedClosedFormHoldsOnWitnessPairs() {
    PropertyHarness.verify("LNHW:rem-A.2 witness pairs",
        new CheckSuite<>(checker, BracketFamilies.witnessPair()));
  }

  /**
   * Groups {0}, {1, 2}: the pair (0, 1) lies in different groups, so the bracket is 0 (three
   * checks: two computations of Definition 1 and the zero); the pair (1, 1) likewise.
   */
  @Test
  @Verifies("LNHW:rem-A.2")
  void bracketVanishesAcrossGroupsAndOnTheDiagonal() {
    GroupPartition partition = GroupPartition.ofSizes(1, 2);
    List<BigRational> u = List.of(BigRational.of(3, 2), BigRational.of(5));
    List<BigRational> v = List.of(BigRational.of(-7), BigRational.of(2, 3), BigRational.ONE);
    for (int[] pair : new int[][] {{0, 1}, {1, 1}, {2, 0}}) {
      Verdict verdict = checker.check(new GroupedPairInstance(partition, u, v, pair[0], pair[1]));
      assertThat(verdict.holds()).isTrue();
      assertThat(verdict.checks()).hasSize(3);
      assertThat(verdict.checks().get(2).lhs()).isZero();
    }
  }

  @Test
  void rejectsANonPositiveMagnitude() {
    Verdict verdict = checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.of(-1)), List.of(BigRational.ONE, BigRational.ONE), 0, 1));
    assertThat(verdict.hypothesisFailure()).isEqualTo("u > 0");
  }
}
