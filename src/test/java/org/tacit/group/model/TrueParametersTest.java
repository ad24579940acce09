package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/** The split w_l* = (u_l*)^2 v_l* with unit v_l*, the support and its extreme magnitudes. */
class TrueParametersTest {

  /**
   * Groups (2, 2, 3): w_1* = (6/5, 8/5) = 2 (3/5, 4/5), w_2* = 0, w_3* = (1/2, 1, 1) = (3/2)
   * (1/3, 2/3, 2/3). So (u*)^2 = (2, 0, 3/2), S = {1, 3}, s = 2, (u*_max)^2 = 2,
   * (u*_min)^2 = 3/2, and the directions are exactly unit.
   */
  @Test
  @Verifies("LNHW:rem-3.2.1")
  void splitsAPythagoreanTruth() {
    GroupPartition groups = GroupPartition.ofSizes(2, 2, 3);
    BigRational[] wStar = {BigRational.of(6, 5), BigRational.of(8, 5), BigRational.ZERO,
        BigRational.ZERO, BigRational.of(1, 2), BigRational.ONE, BigRational.ONE};
    TrueParameters split = TrueParameters.of(groups, wStar).orElseThrow();
    assertThat(split.magnitude(0)).isEqualTo(BigRational.TWO);
    assertThat(split.magnitude(1)).isEqualTo(BigRational.ZERO);
    assertThat(split.magnitude(2)).isEqualTo(BigRational.of(3, 2));
    assertThat(split.supportSize()).isEqualTo(2);
    assertThat(split.inSupport(1)).isFalse();
    assertThat(split.largest()).isEqualTo(BigRational.TWO);
    assertThat(split.smallest()).isEqualTo(BigRational.of(3, 2));
    assertThat(split.direction(wStar, 0)).containsExactly(BigRational.of(3, 5),
        BigRational.of(4, 5));
    BigRational[] v = split.direction(wStar, 2);
    assertThat(v).containsExactly(BigRational.of(1, 3), BigRational.of(2, 3),
        BigRational.of(2, 3));
    BigRational norm = BigRational.ZERO;
    for (BigRational entry : v) {
      norm = norm.add(entry.multiply(entry));
    }
    assertThat(norm).isEqualTo(BigRational.ONE);
  }

  @Test
  void irrationalMagnitudeIsNotSplit() {
    assertThat(TrueParameters.of(GroupPartition.ofSizes(2),
        new BigRational[] {BigRational.ONE, BigRational.ONE})).isEmpty();
  }
}
