package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.WeightNormalizationFamilies;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LossConvention;
import org.tacit.group.model.WeightNormalizationDegenerateInstance;
import org.tacit.group.model.WeightNormalizationOrthogonalInstance;
import org.tacit.group.model.WeightNormalizationStepInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Algorithms 1 and 2 and the degenerate remark over the built-in families, and hand cases. */
class WeightNormalizationAlgorithmProperties {

  @Test
  @Verifies("LNHW:alg-1")
  void literalAndScaledVStepAreParallelExactly() {
    PropertyHarness.verify("LNHW:alg-1 scaled step", new CheckSuite<>(
        new WeightNormalizationStepAlgorithmChecker(), WeightNormalizationFamilies.step()));
  }

  @Test
  @Verifies("LNHW:alg-1")
  void orthogonalDesignsFollowTheClosedFormExactly() {
    PropertyHarness.verify("LNHW:alg-1 orthogonal", new CheckSuite<>(
        new WeightNormalizationOrthogonalAlgorithmChecker(),
        WeightNormalizationFamilies.orthogonal()));
  }

  @Test
  @Verifies("LNHW:alg-2")
  void switchingRulesAndPhasesAreTheSpecifiedUpdates() {
    PropertyHarness.verify("LNHW:alg-2", new CheckSuite<>(new SwitchRuleAlgorithmChecker(),
        WeightNormalizationFamilies.switchRule()));
  }

  @Test
  @Verifies("LNHW:rem-4.6")
  void groupsOfSizeOneHaveSignDirections() {
    PropertyHarness.verify("LNHW:rem-4.6", new CheckSuite<>(
        new WeightNormalizationDegenerateRemarkChecker(),
        WeightNormalizationFamilies.degenerate()));
  }

  /**
   * H_4's first three columns, one group, w* = (1, 2, 2) (so a = w*, ||a|| = 3), u(0) = 1/2,
   * v(0) = (1, 0, 0), gamma = 1/16. By hand: z = a / u^2 so v(1) = (1, 2, 2)/3, and
   * u(1) = (1/2)(1 + (1/8)(3 - 1/4)) = 43/64; the checker's exact iterates agree (all checks
   * hold), and a checker fed u(0) = 0 stops at the u hypothesis.
   */
  @Test
  @Verifies("LNHW:alg-1")
  void handWorkedHadamardStep() {
    GroupPartition one = GroupPartition.contiguous(1, 3);
    BigRational[] wStar = {BigRational.ONE, BigRational.TWO, BigRational.TWO};
    WeightNormalizationOrthogonalInstance instance = new WeightNormalizationOrthogonalInstance(
        one, WeightNormalizationFamilies.sylvesterColumns(4, 3), wStar,
        new BigRational[] {BigRational.of(1, 2)},
        new BigRational[] {BigRational.ONE, BigRational.ZERO, BigRational.ZERO},
        BigRational.of(1, 16), 1);
    Verdict verdict = new WeightNormalizationOrthogonalAlgorithmChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
    BigRational u1 = BigRational.of(1, 2).multiply(BigRational.ONE.add(BigRational.of(1, 8)
        .multiply(BigRational.of(3).subtract(BigRational.of(1, 4)))));
    assertThat(u1).isEqualTo(BigRational.of(43, 64));
    assertThat(verdict.checks()).anySatisfy(check -> {
      assertThat(check.label()).contains("u_l(t+1)");
      assertThat(check.lhs()).isEqualTo(43.0 / 64);
    });
    WeightNormalizationOrthogonalInstance zeroU = new WeightNormalizationOrthogonalInstance(
        one, instance.x(), wStar, new BigRational[] {BigRational.ZERO}, instance.v0(),
        instance.gamma(), 1);
    assertThat(new WeightNormalizationOrthogonalAlgorithmChecker().check(zeroU)
        .hypothesisFailure()).isEqualTo(WeightNormalizationOrthogonalAlgorithmChecker.POSITIVE_U);
  }

  /**
   * A direction that is not unit is caught by the step checker's direction hypothesis, not by a
   * check; a design that is not orthogonal by the orthogonal checker's design hypothesis.
   */
  @Test
  @Verifies("LNHW:alg-1")
  void brokenInstancesFailTheirHypothesis() {
    WeightNormalizationStepInstance good = WeightNormalizationFamilies.step()
        .draw(new org.tacit.verify.SeededDraws(5));
    BigRational[] v = good.v();
    v[0] = v[0].multiply(BigRational.TWO).add(BigRational.ONE);
    WeightNormalizationStepInstance notUnit = new WeightNormalizationStepInstance(good.groups(),
        good.x(), good.y(), good.u(), v, good.convention());
    assertThat(new WeightNormalizationStepAlgorithmChecker().check(notUnit).hypothesisFailure())
        .isEqualTo(WeightNormalizationStepAlgorithmChecker.UNIT_V);
    WeightNormalizationOrthogonalInstance orthogonal = WeightNormalizationFamilies.orthogonal()
        .draw(new org.tacit.verify.SeededDraws(7));
    BigRational[][] x = orthogonal.x();
    x[1][0] = x[1][0].negate();
    WeightNormalizationOrthogonalInstance skew = new WeightNormalizationOrthogonalInstance(
        orthogonal.groups(), x, orthogonal.wStar(), orthogonal.u0(), orthogonal.v0(),
        orthogonal.gamma(), orthogonal.steps());
    assertThat(new WeightNormalizationOrthogonalAlgorithmChecker().check(skew)
        .hypothesisFailure()).isEqualTo(WeightNormalizationOrthogonalAlgorithmChecker.ORTHOGONAL);
  }

  /**
   * Size-1 groups, X = [[1, 0], [0, 1]], y = (1, -1), u(0) = 1/8, v(0) = (-1, 1) (both signs
   * wrong), paper convention: s(0) = X^T (y - X w(0)) / 2 = ((1 + 1/64)/2, -(1 + 1/64)/2), and
   * u^2 = 1/64 < |s_i|, so by the remark both signs flip: v(1) = (1, -1).
   */
  @Test
  @Verifies("LNHW:rem-4.6")
  void wrongSignsFlipUnderTheLargeStep() {
    GroupPartition ones = GroupPartition.contiguous(2, 1);
    BigRational[][] x = {{BigRational.ONE, BigRational.ZERO}, {BigRational.ZERO, BigRational.ONE}};
    BigRational eighth = BigRational.of(1, 8);
    WeightNormalizationDegenerateInstance instance = new WeightNormalizationDegenerateInstance(
        ones, x, new BigRational[] {BigRational.ONE, BigRational.MINUS_ONE},
        new BigRational[] {eighth, eighth}, new BigRational[] {BigRational.MINUS_ONE,
            BigRational.ONE}, LossConvention.PAPER, BigRational.of(1, 100), 1);
    Verdict verdict = new WeightNormalizationDegenerateRemarkChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
    assertThat(verdict.checks()).filteredOn(c -> c.label().contains("gives v_i(1) = sgn"))
        .extracting(c -> c.lhs()).containsExactly(1.0, -1.0);
  }
}
