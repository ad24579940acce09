package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.family.ClStabilityFamilies;
import org.tacit.grokking.model.ClStabilityConstants;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Verdict;

/** The algebra of TDR Theorem C.28 (corrected Delta') over its family, and hand cases. */
class ClStabilityTheoremProperties {

  private final ClStabilityTheoremChecker checker = new ClStabilityTheoremChecker();

  @Test
  @Verifies("TDR:thm-C.28")
  @Verifies("TDR:eq-55")
  @Verifies("TDR:eq-59")
  @Verifies("TDR:eq-60")
  @Verifies("TDR:eq-63")
  @Verifies("TDR:eq-64")
  void algebraHoldsExactly() {
    PropertyHarness.verify("TDR:thm-C.28 corrected", checker, ClStabilityFamilies.constants(),
        40);
  }

  /**
   * g = g_low = g_bar = 1, h = h_bar = 1, chi_g = 8, r = 2, eps = 1/2 (r' = 1): A = 4, B = 8,
   * C = 4,
   * D = 4, Delta = 64 - 0 = 64 = 16 * 0 + 8 * 8 (identity), sqrt = 8 = B, so beta_max = 0 exactly:
   * D = A is the boundary where the theorem's range is empty.
   */
  @Test
  @Verifies("TDR:eq-60")
  void boundaryWhereTheRangeIsEmpty() {
    BigRational one = BigRational.ONE;
    Verdict verdict = checker.check(new ClStabilityConstants(one, one, one, one, one,
        BigRational.of(8), one, BigRational.TWO, BigRational.of(1, 2)));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(64);
    assertThat(verdict.checks().get(3).label()).startsWith("D <= A");
    assertThat(verdict.checks().get(3).lhs()).isZero();
    assertThat(verdict.checks().get(3).rhs()).isZero();
  }

  /**
   * g = g_low = g_bar = 1, h = h_bar = 1, chi_g = 64, r = 1, eps = 1/2 (r' = 1/2): A = 4, B = 8,
   * C = 4, D = 8, Delta = 64 + 64 = 128; beta_max = (sqrt(128) - 8)/8 = sqrt(2) - 1 > 0.
   */
  @Test
  @Verifies("TDR:thm-C.28")
  void positiveRange() {
    BigRational one = BigRational.ONE;
    Verdict verdict = checker.check(new ClStabilityConstants(one, one, one, one, one,
        BigRational.of(64), one, one, BigRational.of(1, 2)));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(128);
    assertThat(verdict.checks().get(4).label()).startsWith("C beta^2");
  }
}
