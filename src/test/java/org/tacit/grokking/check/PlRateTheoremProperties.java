package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.PlRunFamilies;
import org.tacit.grokking.model.PlRunInstance;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Verdict;

/** TDR Theorems C.24 and C.25 on exact least squares with a full-row-rank design. */
class PlRateTheoremProperties {

  private final PlRateTheoremChecker checker = new PlRateTheoremChecker();

  @Test
  @Verifies("TDR:thm-C.25")
  @Verifies("TDR:eq-51")
  @Verifies("TDR:eq-52")
  @Verifies("TDR:thm-C.24")
  @Verifies("TDR:eq-50")
  @Verifies("TDR:def-C.23")
  @Verifies("TDR:eq-49")
  void holdsExactly() {
    PropertyHarness.verify("TDR:thm-C.25", checker, PlRunFamilies.fullRowRank(), 25);
  }

  /**
   * g(a) = (a1 + a2 - 1)^2/2 (X = [1 1], y = 1): X X^T = 2, X^T X has
   * lambda_max = 2; x0 = 0, alpha = 1/4 < 2/L: g(x0) = 1/2, ||grad g(x0)||^2 = 2 = 2 lambda_min
   * g(x0) (PL tight for mu = lambda_min; the certified mu is slightly smaller), and one exact
   * GD step gives a1 + a2 = 1/2, g = 1/8, rho = 1 - 2 (1/4)(2 - L/4)
   * with L >= 2.
   */
  @Test
  @Verifies("TDR:eq-49")
  void plIsTightOnARankOneDesign() {
    RationalLeastSquares g = new RationalLeastSquares(RationalMatrix.of(new long[][] {{1, 1}}),
        new BigRational[] {BigRational.ONE});
    Verdict verdict = checker.check(new PlRunInstance(g,
        new BigRational[] {BigRational.ZERO, BigRational.ZERO}, BigRational.of(1, 4), 3,
        BigRational.of(1, 2)));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(1).lhs()).isEqualTo(0.5);
    assertThat(verdict.checks().get(1).rhs()).isGreaterThanOrEqualTo(0.5);
  }
}
