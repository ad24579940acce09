package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.RationalLeastSquaresFamilies;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.grokking.model.SmoothnessInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Verdict;

/** TDR Lemma C.4 and Definition C.3 (corrected constants and sign) on exact least squares. */
class SmoothnessLemmaProperties {

  private final SmoothnessLemmaChecker checker = new SmoothnessLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.4")
  @Verifies("TDR:def-C.3")
  void holdsExactly() {
    PropertyHarness.verify("TDR:lem-C.4 corrected", checker,
        RationalLeastSquaresFamilies.smoothness(), 40);
  }

  /**
   * g(a) = (a_1 + a_2)^2/2 (X = [1 1], y = 0), x = (1, 0), z = (0, 0): grad g(x) = (1, 1), g(x) =
   * 1/2, L2 = 1, L = p L2 = 2 = lambda_max: ||grad g||^2 = 2 <= 2 L g = 2 (equality), and the
   * proof point y = x - grad g/2 = (1/2, -1/2) has g(y) = 0 = g(x) - 2/4 (equality).
   */
  @Test
  @Verifies("TDR:lem-C.4")
  void tightOnARankOneQuadratic() {
    RationalLeastSquares g = new RationalLeastSquares(RationalMatrix.of(new long[][] {{1, 1}}),
        new BigRational[] {BigRational.ZERO});
    Verdict verdict = checker.check(new SmoothnessInstance(g,
        new BigRational[] {BigRational.ONE, BigRational.ZERO},
        new BigRational[] {BigRational.ZERO, BigRational.ZERO}));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(4).lhs()).isEqualTo(2);
    assertThat(verdict.checks().get(4).margin()).isZero();
    assertThat(verdict.checks().get(6).lhs()).isZero();
    assertThat(verdict.checks().get(6).rhs()).isZero();
  }
}
