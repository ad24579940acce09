package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.RatioInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E14, TDR Lemma C.11(2): the printed witness {@code gamma = (1 - tau)/(2 tau)},
 * {@code epsilon in (0, (1 + tau)/2)} never works. With it, {@code tau (1 + gamma) = (1 + tau)/2},
 * so {@code a < ((1 - epsilon)/(1 + gamma))^2 b} iff {@code epsilon < (1 - tau)/2}, while
 * {@code gamma < epsilon} needs {@code epsilon > (1 - tau)/(2 tau) > (1 - tau)/2}.
 */
class EpsilonGammaLemmaErratumTest {

  private static final BigRational HALF = BigRational.of(1, 2);

  /**
   * a = 1, b = 4 (tau = 1/2 exactly): gamma = 1/2, so epsilon must lie in (1/2, 3/4); at every
   * epsilon = 1/2 + k/400 (k = 1..99) the bound ((1 - epsilon)/(3/2))^2 4 <= (1/3)^2 4 = 4/9 <
   * 1 = a.
   * The printed form (epsilon = 5/8) fails at the labelled check, the corrected one holds.
   */
  @Test
  @Verifies("TDR:lem-C.11b")
  void printedWitnessFailsOnEveryEpsilonOfItsInterval() {
    BigRational a = BigRational.ONE;
    BigRational b = BigRational.of(4);
    BigRational tau = HALF;
    BigRational gamma = BigRational.ONE.subtract(tau).divide(BigRational.TWO.multiply(tau));
    assertThat(gamma).isEqualTo(HALF);
    for (int k = 1; k < 100; k++) {
      BigRational epsilon = HALF.add(BigRational.of(k, 400));
      BigRational bound = BigRational.ONE.subtract(epsilon).divide(BigRational.ONE.add(gamma))
          .pow(2).multiply(b);
      assertThat(bound.compareTo(a)).isNegative();
    }
    Verdict printed = new EpsilonGammaLemmaChecker(StatementForm.PRINTED)
        .check(new RatioInstance(a, b));
    assertThat(printed.hypothesesMet()).isTrue();
    Check failed = printed.checks().get(8);
    assertThat(failed.label()).isEqualTo("(2) a < ((1 - epsilon)/(1 + gamma))^2 b");
    assertThat(failed.holds()).isFalse();
    assertThat(failed.rhs()).isEqualTo(BigRational.of(3, 8).divide(BigRational.of(3, 2)).pow(2)
        .multiply(b).doubleValue());
    assertThat(printed.failures()).hasSize(1);
    assertThat(new EpsilonGammaLemmaChecker().check(new RatioInstance(a, b)).holds()).isTrue();
  }

  /**
   * a = 1, b = 16 (tau = 1/4): gamma = 3/2 is not even below 1, so gamma < epsilon < 1 is
   * impossible; the printed form fails at "gamma < epsilon" too.
   */
  @Test
  @Verifies("TDR:lem-C.11b")
  void printedGammaExceedsOneForSmallTau() {
    Verdict printed = new EpsilonGammaLemmaChecker(StatementForm.PRINTED)
        .check(new RatioInstance(BigRational.ONE, BigRational.of(16)));
    assertThat(printed.failures()).extracting(Check::label)
        .contains("(2) gamma < epsilon", "(2) a < ((1 - epsilon)/(1 + gamma))^2 b");
  }
}
