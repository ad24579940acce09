package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.BracketFamilies;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.LieBracket;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW rem-A.2 (proof of Lemma 1 and Theorem 1): with Definition 1,
 * {@code [X, Y] = dY X - dX Y}, the bracket of two gradients in one group is
 * {@code 4u^2 v_i e_{L+j} - 4u^2 v_j e_{L+i} = 4 (v_i grad G_j - v_j grad G_i)}; the paper prints
 * the negative, {@code 4u^2 v_j e_{L+i} - 4u^2 v_i e_{L+j}}, and the span form
 * {@code v_j grad G_i - v_i grad G_j} (negative and a quarter of the true one). Lemma 1's
 * conclusion is unaffected.
 */
class BracketClosedFormRemarkErratumTest {

  /** One group {0, 1} (L = 1, p = 2), coordinates (u, v_0, v_1) = (1, 1, 0), i = 0, j = 1. */
  private static final GroupedPairInstance COUNTEREXAMPLE = new GroupedPairInstance(
      GroupPartition.ofSizes(2), List.of(BigRational.ONE),
      List.of(BigRational.ONE, BigRational.ZERO), 0, 1);

  /**
   * By hand: grad G_0 = (2 u v_0, u^2, 0) = (2, 1, 0), grad G_1 = (2 u v_1, 0, u^2) = (0, 0, 1);
   * dY = Hess G_1 = 2 v_1 E_00 + 2u (E_02 + E_20) has rows (0, 0, 2), (0, 0, 0), (2, 0, 0), so
   * dY X = (0, 0, 4); dX = Hess G_0 has rows (2, 2, 0), (2, 0, 0), (0, 0, 0), so dX Y = 0. Hence
   * [grad G_0, grad G_1] = (0, 0, 4). The printed closed form gives (0, 0, -4) (squared distance
   * 64) and the printed span form -grad G_1 = (0, 0, -1) (squared distance 25).
   */
  @Test
  @Verifies("LNHW:rem-A.2")
  @Verifies("LNHW:lem-1")
  void printedBracketHasTheWrongSignAtAnExplicitPoint() {
    PolynomialParameterization g = PolynomialParameterization.grouped(COUNTEREXAMPLE.partition());
    assertThat(LieBracket.at(g.gradient(0), g.gradient(1), COUNTEREXAMPLE.point()))
        .containsExactly(BigRational.ZERO, BigRational.ZERO, BigRational.of(4));

    Verdict printed = new BracketClosedFormRemarkChecker(StatementForm.PRINTED).check(COUNTEREXAMPLE);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    assertThat(printed.checks().get(0).holds()).isTrue();
    assertThat(printed.checks().get(1).holds()).isTrue();
    assertThat(labelled(printed, BracketClosedFormRemarkChecker.CLOSED_FORM).holds()).isFalse();
    assertThat(labelled(printed, BracketClosedFormRemarkChecker.CLOSED_FORM).lhs()).isEqualTo(64.0);
    assertThat(labelled(printed, BracketClosedFormRemarkChecker.SPAN_FORM).holds()).isFalse();
    assertThat(labelled(printed, BracketClosedFormRemarkChecker.SPAN_FORM).lhs()).isEqualTo(25.0);
    assertThat(labelled(printed, BracketClosedFormRemarkChecker.SPAN_IDENTITY).holds()).isFalse();

    Verdict corrected = new BracketClosedFormRemarkChecker(StatementForm.CORRECTED)
        .check(COUNTEREXAMPLE);
    assertThat(corrected.holds()).isTrue();
  }

  /**
   * The printed closed form is the negative of the true bracket, so it fails at every witness
   * point (u > 0, (v_i, v_j) != 0); at v_i = v_j = 0 both sides vanish and the pointwise checks
   * hold, but the printed span form is still caught there as an identity of polynomial fields.
   */
  @Test
  @Verifies("LNHW:rem-A.2")
  void printedClosedFormFailsAtEveryWitnessPoint() {
    SeededDraws draws = new SeededDraws(2023);
    BracketClosedFormRemarkChecker printed = new BracketClosedFormRemarkChecker(StatementForm.PRINTED);
    for (int k = 0; k < 50; k++) {
      Verdict verdict = printed.check(BracketFamilies.witnessPair().draw(draws));
      assertThat(labelled(verdict, BracketClosedFormRemarkChecker.CLOSED_FORM).holds()).isFalse();
    }
    GroupedPairInstance zero = new GroupedPairInstance(GroupPartition.ofSizes(2),
        List.of(BigRational.of(3)), List.of(BigRational.ZERO, BigRational.ZERO), 0, 1);
    Verdict atZero = printed.check(zero);
    assertThat(labelled(atZero, BracketClosedFormRemarkChecker.CLOSED_FORM).holds()).isTrue();
    assertThat(labelled(atZero, BracketClosedFormRemarkChecker.SPAN_FORM).holds()).isTrue();
    assertThat(labelled(atZero, BracketClosedFormRemarkChecker.SPAN_IDENTITY).holds()).isFalse();
  }

  /** The unique check whose label starts with {@code label} (labels are prefix-free). */
  static Check labelled(Verdict verdict, String label) {
    assertThat(verdict.checks().stream().filter(c -> c.label().startsWith(label))).hasSize(1);
    return verdict.checks().stream().filter(c -> c.label().startsWith(label)).findFirst()
        .orElseThrow();
  }
}
