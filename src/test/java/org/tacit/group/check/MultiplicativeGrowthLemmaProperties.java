package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.ScalarRecursionFamilies;
import org.tacit.group.model.MultiplicativeRecursionInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Lemma 14: exact property, a hand case with the tight time, and the hypotheses. */
class MultiplicativeGrowthLemmaProperties {

  private final MultiplicativeGrowthLemmaChecker checker = new MultiplicativeGrowthLemmaChecker();

  @Test
  @Verifies("LNHW:lem-14")
  void holdsExactlyOnTheFamily() {
    PropertyHarness.verify("LNHW:lem-14 exact",
        new CheckSuite<>(checker, ScalarRecursionFamilies.multiplicative()));
  }

  /**
   * alpha = 1/16, B = 1, gamma = 1/4 (the boundary gamma = 1/(4B)), e_t = B: u(t) = (1/16)(3/2)^t.
   * T = log(16)/(8 gamma B) = log(16)/2 = 1.386, so the statement covers t = 0, 1
   * (u(1) = 3/32 <= 1/4). The tight time is T* = log(4)/log(3/2) = 3.419: u(3) = 27/128 <= 1/4 but
   * u(4) = 81/256 > 1/4, and 2T = 2.77 <= T*.
   */
  @Test
  @Verifies("LNHW:lem-14")
  void handCaseWithTheTightTime() {
    MultiplicativeRecursionInstance instance = new MultiplicativeRecursionInstance(
        BigRational.of(1, 16), BigRational.ONE, BigRational.of(1, 4),
        new BigRational[] {BigRational.ONE});
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).label()).endsWith("steps=1");
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(9.0 / 1024);
    Check crossing = verdict.checks().get(verdict.checks().size() - 1);
    assertThat(crossing.label()).startsWith("T* tight");
    assertThat(crossing.lhs()).isEqualTo(1.0 / 16);
    assertThat(crossing.rhs()).isEqualTo(Math.pow(81.0 / 256, 2));
    assertThat(BigRational.of(27, 128).pow(2).compareTo(BigRational.of(1, 16))).isNegative();
    assertThat(BigRational.of(81, 256).pow(2).compareTo(BigRational.of(1, 16))).isPositive();
  }

  /** A perturbation beyond B, and a step above 1/(4B), are rejected at their hypotheses. */
  @Test
  @Verifies("LNHW:lem-14")
  void hypothesesAreDecided() {
    BigRational half = BigRational.of(1, 2);
    assertThat(checker.check(new MultiplicativeRecursionInstance(half, BigRational.ONE,
        BigRational.of(1, 8), new BigRational[] {BigRational.of(11, 10)})).hypothesisFailure())
        .startsWith("|e_t| <= B");
    assertThat(checker.check(new MultiplicativeRecursionInstance(half, BigRational.ONE,
        BigRational.of(3, 10), new BigRational[] {BigRational.ONE})).hypothesisFailure())
        .startsWith("gamma <= 1/(4B)");
  }
}
