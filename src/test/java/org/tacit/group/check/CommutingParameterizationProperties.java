package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.VectorFieldFamilies;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.ParameterizationSample;
import org.tacit.group.model.Polynomial;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/**
 * LNHW Definition 2: separable parameterizations commute (the positive control), the grouped G
 * of Lemma 1 does not, and commuting is strictly weaker than separable.
 */
class CommutingParameterizationProperties {

  private final CommutingParameterizationChecker checker = new CommutingParameterizationChecker();

  @Test
  @Verifies("LNHW:def-2")
  void separableParameterizationsCommute() {
    PropertyHarness.verify("LNHW:def-2",
        new CheckSuite<>(checker, VectorFieldFamilies.separableParameterizations()));
  }

  /** u^2 - v^2 and u o v (p = 3) commute exactly; the checker's three checks hold. */
  @Test
  @Verifies("LNHW:def-2")
  void diagonalParameterizationsOfEarlierWorkCommute() {
    for (PolynomialParameterization g : List.of(PolynomialParameterization.squareDifference(3),
        PolynomialParameterization.hadamard(3))) {
      assertThat(g.isCommuting()).isTrue();
      List<BigRational> point = List.of(BigRational.of(1, 2), BigRational.of(-3), BigRational.ONE,
          BigRational.of(7, 5), BigRational.ZERO, BigRational.of(2));
      Verdict verdict = checker.check(new ParameterizationSample(g, point));
      assertThat(verdict.holds()).isTrue();
      assertThat(verdict.checks()).hasSize(3);
    }
  }

  /**
   * The grouped G with a group of two is neither separable nor commuting; the checker rejects it
   * on the separability hypothesis.
   */
  @Test
  @Verifies("LNHW:def-2")
  @Verifies("LNHW:lem-1")
  void groupedParameterizationIsNotCommuting() {
    PolynomialParameterization g = PolynomialParameterization.grouped(GroupPartition.ofSizes(2));
    assertThat(g.isCommuting()).isFalse();
    Verdict verdict = checker.check(new ParameterizationSample(g,
        List.of(BigRational.ONE, BigRational.ONE, BigRational.ONE)));
    assertThat(verdict.hypothesisFailure())
        .isEqualTo("G is separable (each parameter affects one coordinate)");
  }

  /**
   * Commuting does not need separability: G(x, y) = (x + y, x - y) has zero Hessians, so every
   * bracket vanishes, yet both coordinates depend on both parameters. And (x + y)^2, (x + y)^3
   * have parallel gradients but a non-zero bracket 12 (x + y)^2 (1, 1): parallel is not enough.
   */
  @Test
  @Verifies("LNHW:def-2")
  void commutingIsWeakerThanSeparable() {
    Polynomial x = Polynomial.variable(2, 0);
    Polynomial y = Polynomial.variable(2, 1);
    PolynomialParameterization linear = new PolynomialParameterization(2,
        List.of(x.add(y), x.subtract(y)));
    assertThat(linear.isSeparable()).isFalse();
    assertThat(linear.isCommuting()).isTrue();
    Polynomial s = x.add(y);
    PolynomialParameterization powers = new PolynomialParameterization(2,
        List.of(s.pow(2), s.pow(3)));
    assertThat(powers.isCommuting()).isFalse();
    Polynomial twelveSSquared = s.pow(2).scale(BigRational.of(12));
    assertThat(powers.bracket(0, 1).component(0)).isEqualTo(twelveSSquared);
    assertThat(powers.bracket(0, 1).component(1)).isEqualTo(twelveSSquared);
  }
}
