package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.lp.LpPrecision;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/** The min-l1 interpolator with its dual certificate, exactly. */
class MinimumL1InterpolatorTest {

  /**
   * A known sparse solution: X = [I_3 | A] with A's first row 1/2, y = 2 e_1 = X (2 e_1). The
   * dual point u = e_1 gives {@code X^T u = (1, 0, 0, 1/2, 1/2, 0)}, so {@code ||X^T u||_inf = 1}
   * and {@code u^T y = 2 = ||2 e_1||_1}: the minimizer is 2 e_1 with value 2 (worked by hand).
   */
  @Test
  void knownSparseSolution() {
    RationalMatrix x = RationalMatrix.of(new BigRational[][] {
        row(2, 0, 0, 1, 1, 0), row(0, 2, 0, 1, 0, 1), row(0, 0, 2, 0, 1, 1)});
    BigRational[] y = {BigRational.TWO, BigRational.ZERO, BigRational.ZERO};
    MinimumL1Solution solution = MinimumL1Interpolator.solve(x, y, LpPrecision.EXACT);
    assertThat(solution.primal().x()).containsExactly(BigRational.TWO, BigRational.ZERO,
        BigRational.ZERO, BigRational.ZERO, BigRational.ZERO, BigRational.ZERO);
    assertThat(solution.primal().value()).isEqualTo(BigRational.TWO);
    assertThat(solution.certifies(x, y)).isTrue();
  }

  /**
   * Random integer designs: the certificate holds exactly; the value is at most the l1 norm of the
   * generating sparse vector and of the exact min-l2 interpolator (both feasible).
   */
  @Test
  void randomInstancesAreCertified() {
    Draws draws = new SeededDraws(31);
    for (int trial = 0; trial < 10; trial++) {
      int n = draws.intBetween(2, 3);
      int d = n + draws.intBetween(2, 4);
      RationalMatrix x = MinimumNormInterpolatorTest.fullRowRank(draws, n, d);
      BigRational[] sparse = new BigRational[d];
      Arrays.fill(sparse, BigRational.ZERO);
      sparse[draws.intBetween(0, d - 1)] = BigRational.of(draws.between(1, 4));
      BigRational[] y = x.multiply(sparse);
      MinimumL1Solution solution = MinimumL1Interpolator.solve(x, y, LpPrecision.EXACT);
      assertThat(solution.certifies(x, y)).isTrue();
      BigRational value = RationalVectors.norm1(solution.primal().x());
      assertThat(value).isLessThanOrEqualTo(RationalVectors.norm1(sparse));
      assertThat(value).isLessThanOrEqualTo(
          RationalVectors.norm1(MinimumNormExactInterpolator.solve(x, y)));
    }
  }

  /** A dual point scaled by 2 is infeasible, one scaled by 1/2 has a smaller value: both fail. */
  @Test
  void tamperedDualFailsTheCertificate() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 0, 1, 2}, {0, 1, 1, -1}});
    BigRational[] y = {BigRational.of(3), BigRational.ONE};
    MinimumL1Solution solution = MinimumL1Interpolator.solve(x, y, LpPrecision.EXACT);
    assertThat(solution.certifies(x, y)).isTrue();
    for (BigRational factor : new BigRational[] {BigRational.TWO, BigRational.of(1, 2)}) {
      BigRational[] u = solution.dual();
      for (int i = 0; i < u.length; i++) {
        u[i] = u[i].multiply(factor);
      }
      assertThat(new MinimumL1Solution(solution.primal(), u).certifies(x, y)).isFalse();
    }
    BigRational[] wrongY = {BigRational.of(3), BigRational.TWO};
    assertThat(solution.certifies(x, wrongY)).isFalse();
  }

  private static BigRational[] row(long... halves) {
    BigRational[] r = new BigRational[halves.length];
    for (int j = 0; j < halves.length; j++) {
      r[j] = BigRational.of(halves[j], 2);
    }
    return r;
  }
}
