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

/** LNHW Lemma 1: G is not commuting; witnesses at random points, including v_i = v_j. */
class NonCommutingLemmaProperties {

  private final NonCommutingLemmaChecker checker = new NonCommutingLemmaChecker();

  @Test
  @Verifies("LNHW:lem-1")
  void everyWitnessPairGivesANonZeroBracket() {
    PropertyHarness.verify("LNHW:lem-1", new CheckSuite<>(checker, BracketFamilies.witnessPair()));
  }

  /**
   * v_i = v_j = 1, u = 1, one group of two: the paper's "not always 0 when v_i != v_j" leaves this
   * case out, yet the bracket 4 u^2 (v_i e_{L+j} - v_j e_{L+i}) = (0, -4, 4) has squared norm 32.
   */
  @Test
  @Verifies("LNHW:lem-1")
  void bracketIsNonZeroAlsoWhenTheCoordinatesAreEqual() {
    Verdict verdict = checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.ONE), List.of(BigRational.ONE, BigRational.ONE), 0, 1));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(1).rhs()).isEqualTo(32.0);
  }

  /**
   * The hypothesis p_l >= 2 is needed: with singleton groups G_i = u_i^2 v_i is separable and
   * commuting (Definition 2 decided exactly), so Lemma 1 is false there; with one group of two it
   * is not commuting.
   */
  @Test
  @Verifies("LNHW:lem-1")
  @Verifies("LNHW:def-2")
  void singletonGroupsMakeGCommuting() {
    PolynomialParameterization singletons =
        PolynomialParameterization.grouped(GroupPartition.ofSizes(1, 1, 1));
    assertThat(singletons.isSeparable()).isTrue();
    assertThat(singletons.isCommuting()).isTrue();
    PolynomialParameterization pair = PolynomialParameterization.grouped(GroupPartition.ofSizes(2, 1));
    assertThat(pair.isSeparable()).isFalse();
    assertThat(pair.isCommuting()).isFalse();
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    List<BigRational> one = List.of(BigRational.ONE);
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(1, 1),
        List.of(BigRational.ONE, BigRational.ONE), List.of(BigRational.ONE, BigRational.ONE), 0, 1))
        .hypothesisFailure()).isEqualTo("some group has p_l >= 2");
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.ZERO), List.of(BigRational.ONE, BigRational.ONE), 0, 1))
        .hypothesisFailure()).isEqualTo("u > 0");
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2), one,
        List.of(BigRational.ONE, BigRational.ONE), 1, 1))
        .hypothesisFailure()).isEqualTo("i != j and g(i) = g(j)");
    assertThat(checker.check(new GroupedPairInstance(GroupPartition.ofSizes(2), one,
        List.of(BigRational.ZERO, BigRational.ZERO), 0, 1))
        .hypothesisFailure()).isEqualTo("(v_i, v_j) != (0, 0)");
  }
}
