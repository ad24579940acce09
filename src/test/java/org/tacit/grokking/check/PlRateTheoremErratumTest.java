package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.spec.Verifies;

/** Errata E15 (Theorem C.25, the factor at alpha = 1/L) and E17 (Theorem C.24, strict radius). */
class PlRateTheoremErratumTest {

  /**
   * At alpha = 1/L, 1 - mu alpha (2 - alpha L) = 1 - mu/L, not the printed (mu/L): mu = 1, L = 4
   * gives 3/4 vs 1/4; one exact GD step on g(a) = (a1^2 + 4 a2^2)/2 (X = diag(1, 2), y = 0, mu = 1,
   * L = 4) from x = (1, 0) with alpha = 1/4 gives a1 = 3/4, g = 9/32 = (9/16) g(x): above the
   * printed (1/4) g(x) = 1/8, below the corrected (3/4) g(x) = 3/8.
   */
  @Test
  @Verifies("TDR:eq-51")
  @Verifies("TDR:thm-C.25")
  void factorAtOneOverLIsOneMinusMuOverL() {
    BigRational mu = BigRational.ONE;
    BigRational l = BigRational.of(4);
    BigRational alpha = l.reciprocal();
    BigRational factor = BigRational.ONE.subtract(mu.multiply(alpha)
        .multiply(BigRational.TWO.subtract(alpha.multiply(l))));
    assertThat(factor).isEqualTo(BigRational.of(3, 4));
    assertThat(mu.divide(l)).isEqualTo(BigRational.of(1, 4));

    RationalLeastSquares g = new RationalLeastSquares(
        RationalMatrix.of(new long[][] {{1, 0}, {0, 2}}),
        new BigRational[] {BigRational.ZERO, BigRational.ZERO});
    BigRational[] x = {BigRational.ONE, BigRational.ZERO};
    BigRational[] grad = g.gradient(x);
    BigRational[] next = {x[0].subtract(alpha.multiply(grad[0])),
        x[1].subtract(alpha.multiply(grad[1]))};
    assertThat(g.value(x)).isEqualTo(BigRational.of(1, 2));
    assertThat(g.value(next)).isEqualTo(BigRational.of(9, 32));
    assertThat(g.value(next).compareTo(mu.divide(l).multiply(g.value(x)))).isPositive();
    assertThat(g.value(next).compareTo(factor.multiply(g.value(x)))).isNegative();
  }

  /**
   * phi(x) = x^2/2 (X = [1], y = 0) is 1-PL with g* = 0, and ||phi'(y)||^2/phi(y) = 2 for every
   * y != 0 (evaluated exactly at 20 points of the ball), so chi(phi, x, r) = 2 = 2 mu. At x = 1 the
   * printed radius r^2 = 2 phi(x)/mu = 1 gives 4 phi(x) = 2 = r^2 chi: the strict r-CL inequality
   * fails; any r^2 > 1 works.
   */
  @Test
  @Verifies("TDR:thm-C.24")
  void equalityRadiusIsNotEnough() {
    RationalLeastSquares phi = new RationalLeastSquares(RationalMatrix.of(new long[][] {{1}}),
        new BigRational[] {BigRational.ZERO});
    BigRational x = BigRational.ONE;
    BigRational phiX = phi.value(new BigRational[] {x});
    BigRational r2 = BigRational.TWO.multiply(phiX);
    assertThat(r2).isEqualTo(BigRational.ONE);
    for (int k = 1; k <= 20; k++) {
      BigRational y = BigRational.of(k, 10);
      BigRational[] point = {y};
      BigRational ratio = phi.gradient(point)[0].pow(2).divide(phi.value(point));
      assertThat(ratio).isEqualTo(BigRational.TWO);
    }
    BigRational chiUpper = BigRational.TWO;
    assertThat(BigRational.of(4).multiply(phiX).compareTo(r2.multiply(chiUpper))).isZero();
  }
}
