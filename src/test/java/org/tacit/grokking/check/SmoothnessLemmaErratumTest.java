package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.grokking.model.SmoothnessInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata E12 (the smoothness constant {@code L = sqrt(p) L2} of Theorems C.10, C.14-C.16) and E18
 * (the sign of the Baillon-Haddad inequality in Definition C.3).
 */
class SmoothnessLemmaErratumTest {

  /**
   * g(x) = (1^T x)^2/2 on R^4 (X = [1 1 1 1], y = 0), x = 1: grad g = 4 * 1, ||grad g||^2 = 64,
   * g = 8, Hess g = 1 1^T with entries 1 (L2 = 1) and lambda_max = 4. Printed L = sqrt(4) * 1 = 2:
   * 2 L g = 32 < 64, and 2 I - 1 1^T is not PSD; corrected L = p L2 = 4: 2 L g = 64 (equality).
   */
  @Test
  @Verifies("TDR:lem-C.4")
  void sqrtPTimesL2IsNotASmoothnessConstant() {
    BigRational one = BigRational.ONE;
    BigRational[] ones = new BigRational[4];
    Arrays.fill(ones, one);
    RationalLeastSquares g = new RationalLeastSquares(
        RationalMatrix.of(new long[][] {{1, 1, 1, 1}}), new BigRational[] {BigRational.ZERO});
    SmoothnessInstance instance = new SmoothnessInstance(g, ones, ones);
    assertThat(g.value(ones)).isEqualTo(BigRational.of(8));
    assertThat(g.gradient(ones)).containsOnly(BigRational.of(4));

    SmoothnessLemmaChecker printed = new SmoothnessLemmaChecker(StatementForm.PRINTED);
    assertThat(printed.smoothnessConstant(g)).isEqualTo(BigRational.TWO);
    Verdict verdict = printed.check(instance);
    assertThat(verdict.hypothesesMet()).isTrue();
    assertThat(verdict.failures()).extracting(Check::label).contains(
        "L I - Hess g is PSD (lambda_max(Hess g) <= L), 1 = yes",
        "||grad g(x)||^2 <= 2 L g(x)");
    Check lemma = verdict.checks().get(4);
    assertThat(lemma.lhs()).isEqualTo(64);
    assertThat(lemma.rhs()).isEqualTo(32);

    Verdict corrected = new SmoothnessLemmaChecker().check(instance);
    assertThat(corrected.holds()).isTrue();
    assertThat(corrected.checks().get(4).rhs()).isEqualTo(64);
  }

  /**
   * g(a) = a^2/2 on R (X = [1], y = 0), x = 0, z = 1: grad g(z) - grad g(x) = 1 and L = 1. Printed
   * (grad g(z) - grad g(x))^T (x - z) = -1 < 1 = ||.||^2/L; with (z - x) it is 1 >= 1.
   */
  @Test
  @Verifies("TDR:def-C.3")
  void baillonHaddadHasTheWrongSign() {
    RationalLeastSquares g = new RationalLeastSquares(RationalMatrix.of(new long[][] {{1}}),
        new BigRational[] {BigRational.ZERO});
    SmoothnessInstance instance = new SmoothnessInstance(g, new BigRational[] {BigRational.ZERO},
        new BigRational[] {BigRational.ONE});
    Verdict printed = new SmoothnessLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.failures()).hasSize(1);
    Check cocoercivity = printed.failures().get(0);
    assertThat(cocoercivity.label()).startsWith("cocoercivity (printed)");
    assertThat(cocoercivity.lhs()).isEqualTo(1);
    assertThat(cocoercivity.rhs()).isEqualTo(-1);
    assertThat(new SmoothnessLemmaChecker().check(instance).holds()).isTrue();
  }
}
