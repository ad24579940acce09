package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.ScalarRecursionFamilies;
import org.tacit.benign.model.ScalarRecursionInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG Lemma B.9 (corrected step condition eta mu <= 1/2) over its family, and hand cases. */
class ScalarRecursionLemmaProperties {

  private final ScalarRecursionLemmaChecker checker = new ScalarRecursionLemmaChecker();

  @Test
  @Verifies("ZG:lem-B.9")
  void reachesAndStaysInTheBandWithinTheExplicitBound() {
    PropertyHarness.verify("ZG:lem-B.9 corrected",
        new CheckSuite<>(checker, ScalarRecursionFamilies.corrected()));
  }

  /**
   * mu = 1, eta = 1/2 (h = 1/2), z_0 = 1/4, eps = 1/4: z_1 = (1 + 3/8)^2 / 4 = 121/256 < 3/4 and
   * z_2 = (1 + 135/512)^2 * 121/256 = 0.7551... >= 3/4, so T = 2 (exact: 647^2 * 121 / 2^26).
   * T1* = min{t : (5/4)^{2t} / 4 >= 1/2} = 2 ((25/16)/4 < 1/2 <= (625/256)/4); T2* = min{m :
   * (1/2)^m / 2 <= 1/4} = 1, so T* = 3.
   */
  @Test
  @Verifies("ZG:lem-B.9")
  void handWorkedRun() {
    BigRational z2 = BigRational.of(647L * 647 * 121, 1L << 26);
    assertThat(z2.compareTo(BigRational.of(3, 4))).isPositive();
    ScalarRecursionInstance instance = new ScalarRecursionInstance(BigRational.of(1, 2),
        BigRational.ONE, BigRational.of(1, 4), BigRational.of(1, 4), 5);
    assertThat(instance.next(instance.next(instance.initial()))).isEqualTo(z2);
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    Check hitting = verdict.checks().get(0);
    assertThat(hitting.lhs()).isEqualTo(2);
    assertThat(hitting.rhs()).isEqualTo(3);
    assertThat(verdict.checks().get(2).rhs()).isEqualTo(2);
    assertThat(verdict.checks().get(3).rhs()).isEqualTo(1);
  }

  /** At h = 1/2 exactly, mu = (1 + h)/(3 eta): the no-overshoot step holds with equality. */
  @Test
  @Verifies("ZG:lem-B.9")
  void noOvershootIsTightAtTheEdge() {
    Verdict verdict = checker.check(new ScalarRecursionInstance(BigRational.of(1, 6),
        BigRational.of(3), BigRational.of(1, 10), BigRational.of(1, 100), 3));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(4).label()).startsWith("no overshoot");
    assertThat(verdict.checks().get(4).margin()).isZero();
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    BigRational one = BigRational.ONE;
    assertThat(checker.check(new ScalarRecursionInstance(one, one, BigRational.ZERO,
        BigRational.of(1, 2), 1)).hypothesisFailure()).isEqualTo("eta, mu, z_0 > 0");
    assertThat(checker.check(new ScalarRecursionInstance(BigRational.of(1, 4), one,
        BigRational.of(1, 2), BigRational.ZERO, 1)).hypothesisFailure()).isEqualTo("eps > 0");
    assertThat(checker.check(new ScalarRecursionInstance(BigRational.of(1, 4), one,
        BigRational.of(3, 4), BigRational.of(1, 2), 1)).hypothesisFailure())
        .isEqualTo("z_0 <= mu - eps");
    assertThat(checker.check(new ScalarRecursionInstance(BigRational.of(3, 4), one,
        BigRational.of(1, 4), BigRational.of(1, 4), 1)).hypothesisFailure())
        .isEqualTo("eta mu <= 1/2");
  }
}
