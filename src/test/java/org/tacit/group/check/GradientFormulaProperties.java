package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.GradientFamilies;
import org.tacit.group.model.ExactGramModel;
import org.tacit.group.model.GradientInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LossConvention;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/** The LNHW loss, its gradients and flow (3), exactly. */
class GradientFormulaProperties {

  @Test
  @Verifies("LNHW:rem-2.2")
  @Verifies("LNHW:rem-2.3")
  @Verifies("LNHW:eq-3")
  void closedFormGradientsAreThePartialDerivativesOfTheLoss() {
    PropertyHarness.verify("LNHW:rem-2.3 gradients",
        new CheckSuite<>(new GradientFormulaChecker(), GradientFamilies.rational()));
  }

  /**
   * By hand: n = 2, one group of size 1, X = (1, 1)^T, y = (2, 2), u = v = 1. Then w = 1,
   * r = (1, 1), X^T r = 2, L_n = (1/4)(1 + 1) = 1/2, dL_n/du = -(2/2) * 1 * 1 * 2 = -2 and
   * dL_n/dv = -(1/2) * 1 * 2 = -1. Flow (3): du/dt = (2/n) u v X^T r = 2 = -dL_n/du. The
   * Section 2 loss is n L_n = 1 with du-derivative -4, so flow (3) is not its gradient flow.
   */
  private static GradientInstance handInstance() {
    BigRational one = BigRational.ONE;
    return new GradientInstance(GroupPartition.ofSizes(1),
        new BigRational[][] {{one}, {one}}, new BigRational[] {BigRational.TWO, BigRational.TWO},
        new BigRational[] {one}, new BigRational[] {one}, one);
  }

  @Test
  @Verifies("LNHW:rem-2.3")
  void handWorkedGradient() {
    GradientInstance instance = handInstance();
    ExactGramModel model = instance.model();
    assertThat(model.loss(instance.u(), instance.v(), LossConvention.PAPER))
        .isEqualTo(BigRational.of(1, 2));
    ExactGramModel.ExactGradient gradient =
        model.gradient(instance.u(), instance.v(), LossConvention.PAPER);
    assertThat(gradient.u()).containsExactly(BigRational.of(-2));
    assertThat(gradient.v()).containsExactly(BigRational.MINUS_ONE);
    assertThat(model.gradient(instance.u(), instance.v(), LossConvention.CODE_MSE).u())
        .containsExactly(BigRational.of(-4));
  }

  /**
   * Erratum LNHW:rem-2.3: read with the Section 2 loss (no 1/n), flow (3) would be n times too
   * fast; on the hand instance the printed reading fails exactly at the flow check (2 vs 4) and
   * nowhere else, and the corrected reading holds.
   */
  @Test
  @Verifies("LNHW:rem-2.3")
  @Verifies("LNHW:eq-3")
  void flowThreeIsTheGradientFlowOfLnNotOfTheSectionTwoLoss() {
    Verdict printed = new GradientFormulaChecker(StatementForm.PRINTED).check(handInstance());
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    assertThat(printed.checks()).filteredOn(check -> !check.holds())
        .singleElement()
        .satisfies(check -> {
          assertThat(check.specId()).isEqualTo("LNHW:eq-3");
          assertThat(check.lhs()).isEqualTo(2.0);
          assertThat(check.rhs()).isEqualTo(4.0);
        });
    Verdict corrected = new GradientFormulaChecker().check(handInstance());
    assertThat(corrected.holds()).isTrue();
    assertThat(corrected.checks()).extracting(Check::specId)
        .contains("LNHW:rem-2.2", "LNHW:rem-2.3", "LNHW:eq-3");
  }

  @Test
  void rejectsANonPositiveMagnitude() {
    GradientInstance valid = handInstance();
    GradientInstance broken = new GradientInstance(valid.groups(), valid.x(), valid.y(),
        new BigRational[] {BigRational.ZERO}, valid.v(), valid.step());
    assertThat(new GradientFormulaChecker().check(broken).hypothesisFailure())
        .isEqualTo("u in R_+^L (u_l > 0)");
  }
}
