package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.ScalarRecursionFamilies;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Lemma 7: the exact property, the boundary step size, and the sharpness of the hypothesis. */
class BoundedMonotoneRecursionLemmaProperties {

  private final BoundedMonotoneRecursionLemmaChecker checker =
      new BoundedMonotoneRecursionLemmaChecker();

  @Test
  @Verifies("LNHW:lem-7")
  void holdsExactlyOnTheFamily() {
    PropertyHarness.verify("LNHW:lem-7 exact",
        new CheckSuite<>(checker, ScalarRecursionFamilies.magnitude()));
  }

  /**
   * Hand case at the boundary gamma (u*)^2 = 1/4: u* = 1, u(0) = 1/2 gives
   * u(1) = 1/2 + (1/2)(1/2)(3/4) = 11/16 exactly, and u(2) = 11/16 (1 + (1/2)(1 - 121/256))
   * = 11/16 * 647/512 = 7117/8192 < 1.
   */
  @Test
  @Verifies("LNHW:lem-7")
  void boundaryStepSizeHandCase() {
    MagnitudeRecursionInstance instance = new MagnitudeRecursionInstance(BigRational.ONE,
        BigRational.of(1, 2), BigRational.of(1, 4), 2);
    assertThat(instance.next(BigRational.of(1, 2))).isEqualTo(BigRational.of(11, 16));
    assertThat(instance.next(BigRational.of(11, 16))).isEqualTo(BigRational.of(7117, 8192));
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).anyMatch(c -> c.label().startsWith("u(t) <= u*")
        && c.rhs() == 1.0 && c.lhs() == 7117.0 / 8192);
  }

  /**
   * Sharpness of gamma <= 1/(4 (u*)^2): the map phi(u) = u + 2 gamma u ((u*)^2 - u^2) has
   * phi(u*) = u* and phi'(u*) = 1 - 4 gamma (u*)^2, so for gamma (u*)^2 = 1/4 + 1/100 and
   * u(0) = u* (1 - 1/1000) the first step overshoots: u(1)/u* = (999/1000)(1 + (13/25)(1999/1000000))
   * > 1. The checker rejects the instance at exactly that hypothesis.
   */
  @Test
  @Verifies("LNHW:lem-7")
  void stepSizeBoundIsSharp() {
    BigRational uStar = BigRational.of(3, 2);
    BigRational gamma = BigRational.of(26, 100).divide(uStar.pow(2));
    MagnitudeRecursionInstance instance = new MagnitudeRecursionInstance(uStar,
        uStar.multiply(BigRational.of(999, 1000)), gamma, 1);
    BigRational first = instance.next(instance.initial());
    BigRational expectedRatio = BigRational.of(999, 1000).multiply(BigRational.ONE.add(
        BigRational.of(13, 25).multiply(BigRational.of(1999, 1_000_000))));
    assertThat(first.divide(uStar)).isEqualTo(expectedRatio);
    assertThat(first.compareTo(uStar)).isPositive();
    Verdict verdict = checker.check(instance);
    assertThat(verdict.hypothesesMet()).isFalse();
    assertThat(verdict.hypothesisFailure()).startsWith("gamma <= 1/(4 (u*)^2)");
  }

  /**
   * Every gamma (u*)^2 = 1/4 + 1/k (k = 5..200) admits an overshooting start u(0) = u*(1 - kappa)
   * with kappa = 1/(100 k): u(1)/u* - 1 = (4 g - 1) kappa - (6 g) kappa^2 + 2 g kappa^3 > 0 for
   * g = gamma (u*)^2 and small kappa; checked exactly.
   */
  @Test
  @Verifies("LNHW:lem-7")
  void everyLargerStepSizeOvershoots() {
    for (int k = 5; k <= 200; k++) {
      BigRational g = BigRational.of(1, 4).add(BigRational.of(1, k));
      BigRational uStar = BigRational.of(k % 7 + 1, 3);
      BigRational gamma = g.divide(uStar.pow(2));
      BigRational start = uStar.multiply(BigRational.ONE.subtract(BigRational.of(1, 100L * k)));
      MagnitudeRecursionInstance instance = new MagnitudeRecursionInstance(uStar, start, gamma, 1);
      assertThat(instance.next(start).compareTo(uStar)).as("k=%d", k).isPositive();
    }
  }
}
