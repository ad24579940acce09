package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.BracketFamilies;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW rem-A.3 (alternative proof of Theorem 1): the paper's
 * {@code <grad G_j, [grad G_i, [grad G_i, grad G_j]]> = -16u^4 v_j^2 - 16u^4 v_i^2 - 4u^6 < 0}
 * carries the sign error of rem-A.2; with Definition 1 the value is
 * {@code +4u^4 (u^2 + 4v_i^2 + 4v_j^2) > 0}. The conclusion (non-zero) is unaffected.
 */
class NestedBracketRemarkErratumTest {

  /**
   * One group {0, 1}, (u, v_0, v_1) = (1, 1, 0), i = 0, j = 1. By hand: Z = [grad G_0, grad G_1]
   * = 4u^2 v_0 e_2 - 4u^2 v_1 e_1 (rem-A.2, corrected), so Z(x) = (0, 0, 4); the rows of dZ are
   * 0, grad(-4u^2 v_1) = (-8u v_1, 0, -4u^2) = (0, 0, -4) and grad(4u^2 v_0) = (8u v_0, 4u^2, 0)
   * = (8, 4, 0). With X = grad G_0 = (2u v_0, u^2, 0) = (2, 1, 0): dZ X = (0, 0, 20), and
   * dX Z = Hess G_0 Z = 0 (Hess G_0 has a zero third column). So [X, Z] = (0, 0, 20) and
   * <grad G_1, [X, Z]> = <(0, 0, 1), (0, 0, 20)> = 20 = 4 u^4 (u^2 + 4 v_0^2 + 4 v_1^2).
   * The paper's value is -20.
   */
  @Test
  @Verifies("LNHW:rem-A.3")
  void printedValueHasTheWrongSignAtAnExplicitPoint() {
    GroupedPairInstance point = new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.ONE), List.of(BigRational.ONE, BigRational.ZERO), 0, 1);
    Verdict printed = new NestedBracketRemarkChecker(StatementForm.PRINTED).check(point);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    assertThat(BracketClosedFormRemarkErratumTest.labelled(printed,
        NestedBracketRemarkChecker.VALUE).lhs()).isEqualTo(20.0);
    assertThat(BracketClosedFormRemarkErratumTest.labelled(printed,
        NestedBracketRemarkChecker.VALUE).rhs()).isEqualTo(-20.0);
    for (String label : List.of(NestedBracketRemarkChecker.JACOBIAN,
        NestedBracketRemarkChecker.NESTED, NestedBracketRemarkChecker.VALUE,
        NestedBracketRemarkChecker.SIGN, NestedBracketRemarkChecker.IDENTITY)) {
      assertThat(BracketClosedFormRemarkErratumTest.labelled(printed, label).holds())
          .as(label).isFalse();
    }
    assertThat(BracketClosedFormRemarkErratumTest.labelled(printed, "non-vanishing").holds())
        .isTrue();

    Verdict corrected = new NestedBracketRemarkChecker(StatementForm.CORRECTED).check(point);
    assertThat(corrected.holds()).isTrue();
    assertThat(BracketClosedFormRemarkErratumTest.labelled(corrected,
        NestedBracketRemarkChecker.VALUE).lhs()).isEqualTo(20.0);
  }

  /** For u > 0 the true value is positive, so the printed sign claim fails at every point. */
  @Test
  @Verifies("LNHW:rem-A.3")
  void printedSignFailsEverywhere() {
    SeededDraws draws = new SeededDraws(2301);
    NestedBracketRemarkChecker printed = new NestedBracketRemarkChecker(StatementForm.PRINTED);
    for (int k = 0; k < 50; k++) {
      Verdict verdict = printed.check(BracketFamilies.witnessPair().draw(draws));
      assertThat(BracketClosedFormRemarkErratumTest.labelled(verdict,
          NestedBracketRemarkChecker.SIGN).holds()).isFalse();
      assertThat(BracketClosedFormRemarkErratumTest.labelled(verdict, "non-vanishing").holds())
          .isTrue();
    }
  }
}
