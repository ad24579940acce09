package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/** The exact rank test on A_S: a kernel vector witnesses dependence, none when injective. */
class SupportRankTest {

  @Test
  void dependentColumnsGiveAKernelVectorOnTheSupport() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 2, 0, 3}, {0, 0, 1, 0}});
    BigRational[] z = SupportRank.kernelVector(a, new int[] {0, 1, 2});
    assertThat(z).hasSize(4);
    assertThat(z[3]).isEqualTo(BigRational.ZERO);
    assertThat(a.multiply(z)).containsOnly(BigRational.ZERO);
    assertThat(z).anyMatch(v -> !v.isZero());
    assertThat(SupportRank.kernelVector(a, new int[] {0, 2})).isEmpty();
    assertThat(SupportRank.kernelVector(a, new int[0])).isEmpty();
  }
}
