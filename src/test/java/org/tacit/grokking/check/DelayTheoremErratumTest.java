package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E10 (Theorems 2.1, C.10, C.13: "iff t2 >= t1 + Delta t") and E19 (the limit in eq-13).
 */
class DelayTheoremErratumTest {

  /**
   * f(x) = x^2/2 + |x| (beta = 1, Theta_f = {0}, f* = 0), alpha = 1/2, x0 = 3/2, t1 = 1: x1 = 1/4,
   * R^2 = 1/16, f(x1) - f* = 1/32 + 1/4 = 9/32. Every later |F_t| = |x_t| + 1 >= 1, so C >= 1 and
   * (eta + C alpha beta) beta/2 >= 1/4 + eta/2; for eta = 1/64 (k = 1, window 8) the bound holds
   * at t2 = t1 whenever 9/32 <= 1/4 + C/4 - 1/4, i.e. already for the run's C = (11/8)^2 (the
   * |F| at x2 = -3/8): (1/64 + 121/128)/2 = 123/256 >= 9/32 = 72/256. But Delta t = R^2/(alpha
   * beta eta) = (1/16)/(1/128) = 8 > 0 = t2 - t1: the printed "only if" fails, the proved "if"
   * holds.
   */
  @Test
  @Verifies("TDR:thm-C.13")
  void boundHoldsBeforeTheDelay() {
    BigRational f1 = BigRational.of(1, 32).add(BigRational.of(1, 4));
    BigRational target = BigRational.of(1, 64).add(BigRational.of(121, 64).divide(BigRational.TWO))
        .divide(BigRational.TWO);
    assertThat(target).isEqualTo(BigRational.of(123, 256));
    assertThat(f1.compareTo(target)).isNegative();

    Verdict printed = new DelayTheoremChecker(StatementForm.PRINTED)
        .check(SubgradientBoundLemmaProperties.oneDimensional(1, 10));
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.failures()).isNotEmpty();
    Check failed = printed.failures().get(0);
    assertThat(failed.label()).startsWith("z=a*: printed 'only if'")
        .contains("eta=1 ").endsWith("t2=1)");
    assertThat(failed.lhs()).isEqualTo(8);
    assertThat(failed.rhs()).isZero();

    assertThat(new DelayTheoremChecker()
        .check(SubgradientBoundLemmaProperties.oneDimensional(1, 10))
        .holds()).isTrue();
  }

  /**
   * E19: the right side of (13), (D^2 + n alpha^2 M)/(2 alpha n) = D^2/(2 alpha n) + alpha M/2,
   * tends to alpha M/2 (as in eq-10), not to the printed alpha M: exactly, for D^2 = 3, alpha =
   * 1/4, M = 5, the gap to alpha M/2 is D^2/(2 alpha n) = 6/n -> 0, while the gap to alpha M tends
   * to -alpha M/2 = -5/8.
   */
  @Test
  @Verifies("TDR:eq-13")
  @Verifies("TDR:eq-10")
  void limitOfTheBoundIsHalfAlphaMax() {
    BigRational d2 = BigRational.of(3);
    BigRational alpha = BigRational.of(1, 4);
    BigRational m = BigRational.of(5);
    for (long n : new long[] {1, 10, 1000, 1_000_000_000L}) {
      BigRational bound = d2.add(BigRational.of(n).multiply(alpha.pow(2)).multiply(m))
          .divide(BigRational.TWO.multiply(alpha).multiply(BigRational.of(n)));
      assertThat(bound.subtract(alpha.multiply(m).divide(BigRational.TWO)))
          .isEqualTo(BigRational.of(6, n));
      assertThat(bound.subtract(alpha.multiply(m)))
          .isEqualTo(BigRational.of(6, n).subtract(BigRational.of(5, 8)));
    }
  }
}
