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

/** LNHW Theorem 1: the algebraic ingredients of the proof and the metric witness, exactly. */
class MirrorFlowObstructionTheoremProperties {

  private final MirrorFlowObstructionTheoremChecker checker =
      new MirrorFlowObstructionTheoremChecker();

  @Test
  @Verifies("LNHW:thm-1")
  void ingredientsHoldAtWitnessPoints() {
    PropertyHarness.verify("LNHW:thm-1", new CheckSuite<>(checker, BracketFamilies.witnessPair()));
  }

  /**
   * The largest built-in shape, four groups of four (p = 16, D = 20), with v_i = v_j: all seven
   * checks hold; the nested pairing is 4u^4 (u^2 + 8 v^2) = 4 * 16 * (4 + 8) = 768 at u = 2,
   * v_i = v_j = 1.
   */
  @Test
  @Verifies("LNHW:thm-1")
  void largestShape() {
    GroupPartition partition = GroupPartition.contiguous(4, 4);
    List<BigRational> u = List.of(BigRational.of(1, 3), BigRational.TWO, BigRational.of(7, 5),
        BigRational.ONE);
    BigRational[] v = new BigRational[16];
    for (int k = 0; k < 16; k++) {
      v[k] = BigRational.of(k - 8, 3);
    }
    v[4] = BigRational.ONE;
    v[6] = BigRational.ONE;
    Verdict verdict = checker.check(new GroupedPairInstance(partition, u, List.of(v), 4, 6));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).hasSize(7);
    assertThat(verdict.checks().get(3).rhs()).isEqualTo(768.0);
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.ZERO), List.of(BigRational.ONE, BigRational.ONE), 0, 1))
        .hypothesisFailure()).isEqualTo("u > 0");
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2, 1),
        List.of(BigRational.ONE, BigRational.ONE),
        List.of(BigRational.ONE, BigRational.ONE, BigRational.ONE), 0, 2))
        .hypothesisFailure()).isEqualTo("i != j and g(i) = g(j)");
  }
}
