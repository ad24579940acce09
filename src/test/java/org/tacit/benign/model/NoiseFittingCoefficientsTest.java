package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/** The b_t, a_t recursions of (3), (4) by hand. */
class NoiseFittingCoefficientsTest {

  /**
   * eta = 1/4, n = 2, d = 4 (q = 1/2): b_1 = 0 - (1/2)(0 - 1/2) = 1/4, b_2 = 1/4 - (1/2)(1/4 -
   * 1/2) = 3/8 = (1 - 1/4)/2; a_1 = 0 - (1/4)(0 - 1/2) = 1/8, a_2 = 1/8 - (1/4)(1/4 - 1/2) = 3/16
   * = (1 - 1/4)/4.
   */
  @Test
  @Verifies("ZG:eq-3")
  @Verifies("ZG:eq-4")
  void recursionsByHand() {
    NoiseFittingCoefficients c = new NoiseFittingCoefficients(BigRational.of(1, 4), 2, 4);
    assertThat(c.b(1)).isEqualTo(BigRational.of(1, 4));
    assertThat(c.b(2)).isEqualTo(BigRational.of(3, 8));
    assertThat(c.a(1)).isEqualTo(BigRational.of(1, 8));
    assertThat(c.a(2)).isEqualTo(BigRational.of(3, 16));
    assertThat(c.bClosedForm(2)).isEqualTo(BigRational.of(3, 8));
    assertThat(c.aClosedForm(2)).isEqualTo(BigRational.of(3, 16));
    assertThat(c.aFromSumOfB(2)).isEqualTo(BigRational.of(3, 16));
  }

  /** With eta d/n = 1 (q = 0) the ideal dynamics fit in one step: b_t = 1/n, a_t = 1/d. */
  @Test
  @Verifies("ZG:eq-3")
  void oneStepFitWhenEtaDOverNIsOne() {
    NoiseFittingCoefficients c = new NoiseFittingCoefficients(BigRational.of(1, 2), 2, 4);
    for (int t = 1; t <= 4; t++) {
      assertThat(c.b(t)).isEqualTo(BigRational.of(1, 2));
      assertThat(c.a(t)).isEqualTo(BigRational.of(1, 4));
    }
  }
}
