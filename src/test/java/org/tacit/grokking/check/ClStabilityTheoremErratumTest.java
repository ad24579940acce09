package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.ClStabilityConstants;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E16, TDR eq-64: the discriminant of {@code h_bar chi_h beta^2 + g_bar chi_h beta -
 * g_low chi_g/2} is {@code (g_bar chi_h)^2 + 2 h_bar chi_h g_low chi_g}, not the printed
 * {@code (g_bar chi_h)^2 + 2 g_low chi_g} (the factor {@code h_bar chi_h} is lost).
 */
class ClStabilityTheoremErratumTest {

  /**
   * g_bar = 3, chi_h = 1, h_bar = 1/2, g_low = 1, chi_g = 8 (g = 2, h = 1/4, r = 2, eps = 1/2; g is
   * r-CL: 8 < 32). The quadratic is b^2/2 + 3 b - 4. Printed Delta' = 9 + 16 = 25, root
   * (5 - 3)/(2 * 1/2) = 2, where the quadratic is 2 + 6 - 4 = 4 > 0: the printed beta bound breaks
   * the constraint (63). True discriminant 9 + 8 = 17, root sqrt(17) - 3 ~ 1.123.
   */
  @Test
  @Verifies("TDR:eq-64")
  @Verifies("TDR:thm-C.28")
  void printedDiscriminantGivesAnInadmissibleBeta() {
    ClStabilityConstants k = new ClStabilityConstants(BigRational.TWO, BigRational.of(1, 4),
        BigRational.ONE, BigRational.of(3), BigRational.of(1, 2), BigRational.of(8),
        BigRational.ONE, BigRational.TWO, BigRational.of(1, 2));
    BigRational two = BigRational.TWO;
    BigRational quadratic = BigRational.of(1, 2).multiply(two.pow(2))
        .add(BigRational.of(3).multiply(two)).subtract(BigRational.of(4));
    assertThat(quadratic).isEqualTo(BigRational.of(4));

    Verdict printed = new ClStabilityTheoremChecker(StatementForm.PRINTED).check(k);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.failures()).extracting(Check::label).containsExactly(
        "discriminant of h_bar chi_h b^2 + g_bar chi_h b - g_low chi_g/2 = Delta'",
        "h_bar chi_h b'^2 + g_bar chi_h b' - g_low chi_g/2 <= 0 at b' = (sqrt(Delta') - g_bar"
            + " chi_h)/(2 h_bar chi_h)",
        "beta' chi_h <= chi_g g_low / (2 (g_bar + beta' h_bar))");
    Check discriminant = printed.failures().get(0);
    assertThat(discriminant.lhs()).isEqualTo(17);
    assertThat(discriminant.rhs()).isEqualTo(25);
    assertThat(printed.failures().get(1).lhs()).isEqualTo(4);

    assertThat(new ClStabilityTheoremChecker().check(k).holds()).isTrue();
  }
}
