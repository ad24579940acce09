package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.model.ScalarRecursionEnclosure.Interval;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The rigorous enclosures of Lemma B.9's recursion against exact rational iterates. */
class ScalarRecursionEnclosureTest {

  /**
   * Point enclosures of random instances (also with eta mu up to 8, where f is not monotone) contain
   * the exact rational iterates for 4 steps, and are tight to the rounding (relative width below
   * 10^-50).
   */
  @Test
  @Verifies("ZG:lem-B.9")
  void containsTheExactIterates() {
    SeededDraws draws = new SeededDraws(9);
    for (int trial = 0; trial < 200; trial++) {
      BigRational mu = BigRational.of(draws.between(1, 50), draws.between(1, 9));
      BigRational eta = BigRational.of(draws.between(1, 64), 8).divide(mu);
      BigRational z = mu.multiply(BigRational.of(draws.between(1, 30), 10));
      ScalarRecursionInstance instance = new ScalarRecursionInstance(eta, mu, z, mu, 0);
      Interval enclosure = new Interval(z, z);
      for (int t = 0; t < 4; t++) {
        z = instance.next(z);
        enclosure = ScalarRecursionEnclosure.image(instance, enclosure);
        assertThat(enclosure.lo().compareTo(z)).isNotPositive();
        assertThat(enclosure.hi().compareTo(z)).isNotNegative();
        if (z.signum() > 0) {
          assertThat(enclosure.hi().subtract(enclosure.lo()).divide(z).doubleValue())
              .isLessThan(1e-50);
        }
      }
    }
  }

  /**
   * A wide interval containing both critical points: mu = 1, eta = 1 (h = 1), [0, 3]; f has its
   * local maximum f(2/3) = (4/3)^2 (2/3) = 32/27 at c1 = 2/3 and its zero at c2 = 2, and f(3) = 3:
   * the image is [0, 3].
   */
  @Test
  @Verifies("ZG:lem-B.9")
  void imageOfAnIntervalSpansTheCriticalValues() {
    ScalarRecursionInstance instance = new ScalarRecursionInstance(BigRational.ONE,
        BigRational.ONE, BigRational.ONE, BigRational.ONE, 0);
    assertThat(instance.next(BigRational.of(2, 3))).isEqualTo(BigRational.of(32, 27));
    Interval image = ScalarRecursionEnclosure.image(instance,
        new Interval(BigRational.ZERO, BigRational.of(3)));
    assertThat(image.lo()).isEqualTo(BigRational.ZERO);
    assertThat(image.hi()).isEqualTo(BigRational.of(3));
    Interval inner = ScalarRecursionEnclosure.image(instance,
        new Interval(BigRational.of(1, 3), BigRational.ONE));
    assertThat(inner.hi().compareTo(BigRational.of(32, 27))).isNotNegative();
    assertThat(inner.hi().subtract(BigRational.of(32, 27)).doubleValue()).isLessThan(1e-55);
  }
}
