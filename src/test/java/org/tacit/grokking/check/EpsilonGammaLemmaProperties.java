package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.family.EpsilonGammaFamilies;
import org.tacit.grokking.model.RatioInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** TDR Lemma C.11 (corrected witness of part (2)) over its family, and hand cases. */
class EpsilonGammaLemmaProperties {

  private final EpsilonGammaLemmaChecker checker = new EpsilonGammaLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.11")
  @Verifies("TDR:lem-C.11a")
  @Verifies("TDR:lem-C.11b")
  @Verifies("TDR:lem-C.11c")
  void witnessesHoldExactly() {
    PropertyHarness.verify("TDR:lem-C.11 corrected",
        new CheckSuite<>(checker, EpsilonGammaFamilies.ratios()));
  }

  /**
   * a = 1, b = 4: tau = 1/2 exactly. (1) epsilon = 1/4, (3/4)^2 4 = 9/4 > 1. (2) epsilon =
   * (1/2)/(5/2)
   * = 1/5, gamma = 1/10: ((4/5)/(11/10))^2 4 = (8/11)^2 4 = 256/121 > 1. (3) gamma = (1/2)/3 = 1/6,
   * epsilon = 1/8: ((1 - 1/8 - 1/6)/(7/6))^2 4 = ((17/24)(6/7))^2 4 = (17/28)^2 4 = 289/196 > 1.
   */
  @Test
  @Verifies("TDR:lem-C.11")
  void handWorkedWitnesses() {
    Verdict verdict = checker.check(new RatioInstance(BigRational.ONE, BigRational.of(4)));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(4).rhs()).isEqualTo(9.0 / 4);
    assertThat(verdict.checks().get(8).rhs()).isEqualTo(256.0 / 121);
    assertThat(verdict.checks().get(11).rhs()).isEqualTo(289.0 / 196);
  }

  /** a/b = 1 - 10^-40: the certified tau_bar is still below 1, and every witness holds. */
  @Test
  @Verifies("TDR:lem-C.11")
  void ratioVeryCloseToOne() {
    BigRational b = BigRational.of(3);
    BigRational a = b.multiply(BigRational.ONE.subtract(BigRational.of(1, 10).pow(40)));
    assertThat(checker.check(new RatioInstance(a, b)).holds()).isTrue();
  }

  @Test
  void rejectsOrderedTheWrongWay() {
    assertThat(checker.check(new RatioInstance(BigRational.of(2), BigRational.of(2)))
        .hypothesisFailure()).isEqualTo("0 < a < b");
  }
}
