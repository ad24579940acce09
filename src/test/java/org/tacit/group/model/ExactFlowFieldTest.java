package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/** The right-hand side of (3) on hand-worked cases. */
class ExactFlowFieldTest {

  /**
   * n = 1, p = 1: X = [1], y = [2], u = 1, v = 1: w = 1, r = 1, so du/dt = (2/1) 1 1 1 1 = 2 and
   * dv/dt = (1/1) 1 1 = 1; the double field agrees.
   */
  @Test
  @Verifies("LNHW:eq-3")
  void scalarCase() {
    GroupPartition groups = GroupPartition.ofSizes(1);
    ExactFlowField field = new ExactFlowField(groups, new BigRational[][] {{BigRational.ONE}},
        new BigRational[] {BigRational.TWO});
    ExactFlowField.Velocity velocity = field.velocity(new BigRational[] {BigRational.ONE},
        new BigRational[] {BigRational.ONE});
    assertThat(velocity.u()).containsExactly(BigRational.TWO);
    assertThat(velocity.v()).containsExactly(BigRational.ONE);
    double[] dz = new double[2];
    new GroupedGradientFlow(new GroupedDesign(1, groups, new double[] {1}, new double[] {2}))
        .evaluate(new double[] {1, 1}, dz);
    assertThat(dz).containsExactly(2.0, 1.0);
  }

  /**
   * n = 2, one group of size 2, X = [[1, 0], [1, 1]], y = (1, 0), u = 1/2, v = (2, -2):
   * w = u^2 v = (1/2, -1/2), Xw = (1/2, 0), r = (1/2, 0), X^T r / n = (1/4, 0),
   * dv/dt = u^2 (1/4, 0) = (1/16, 0), du/dt = 2 u v^T (1/4, 0) = 2 (1/2)(1/2) = 1/2.
   */
  @Test
  void twoSamples() {
    GroupPartition groups = GroupPartition.ofSizes(2);
    BigRational[][] x = {{BigRational.ONE, BigRational.ZERO}, {BigRational.ONE, BigRational.ONE}};
    ExactFlowField field = new ExactFlowField(groups, x,
        new BigRational[] {BigRational.ONE, BigRational.ZERO});
    ExactFlowField.Velocity velocity = field.velocity(new BigRational[] {BigRational.of(1, 2)},
        new BigRational[] {BigRational.TWO, BigRational.of(-2)});
    assertThat(velocity.u()).containsExactly(BigRational.of(1, 2));
    assertThat(velocity.v()).containsExactly(BigRational.of(1, 16), BigRational.ZERO);
  }

  /**
   * The field of (3) is minus the gradient of L_n = ||r||^2/(2n), not of the Section 2 display
   * ||r||^2/2, whose gradient is n times larger: with n = 2 the two differ by the factor 2 exactly.
   */
  @Test
  @Verifies("LNHW:eq-3")
  void flowIsTheGradientFlowOfLnNotOfTheUnnormalisedLoss() {
    GroupPartition groups = GroupPartition.ofSizes(2);
    BigRational[][] x = {{BigRational.ONE, BigRational.ZERO}, {BigRational.ONE, BigRational.ONE}};
    BigRational[] y = {BigRational.ONE, BigRational.ZERO};
    BigRational[] u = {BigRational.of(1, 2)};
    BigRational[] v = {BigRational.TWO, BigRational.of(-2)};
    ExactFlowField.Velocity velocity = new ExactFlowField(groups, x, y).velocity(u, v);
    ExactGramModel model = ExactGramModel.ofDesign(groups, x, y);
    ExactGramModel.ExactGradient paper = model.gradient(u, v, LossConvention.PAPER);
    ExactGramModel.ExactGradient display = model.gradient(u, v, LossConvention.NO_N);
    assertThat(velocity.u()[0]).isEqualTo(paper.u()[0].negate());
    assertThat(velocity.v()[0]).isEqualTo(paper.v()[0].negate());
    assertThat(display.u()[0]).isEqualTo(velocity.u()[0].multiply(BigRational.of(-2)));
    assertThat(display.u()[0]).isNotEqualTo(velocity.u()[0].negate());
  }
}
