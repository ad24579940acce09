package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/** Hand-solved flows: the Picard series reproduce the exact Taylor coefficients. */
class FlowSeriesTest {

  /**
   * x' = x^2 from x_0 = 3/2: x(s) = x_0 / (1 - s x_0) = sum_k x_0^{k+1} s^k, so the coefficients
   * of s^0..s^4 are 3/2, 9/4, 27/8, 81/16, 243/32.
   */
  @Test
  void quadraticFlowMatchesTheGeometricSeries() {
    PolynomialField field = PolynomialField.of(Polynomial.variable(1, 0).pow(2));
    BigRational x0 = BigRational.of(3, 2);
    Polynomial[] series = FlowSeries.flow(field, new BigRational[] {x0}, 4);
    for (int k = 0; k <= 4; k++) {
      assertThat(series[0].coefficient(k)).isEqualTo(x0.pow(k + 1));
    }
    assertThat(series[0].degree()).isEqualTo(4);
  }

  /**
   * X = d/dx, Y = x d/dy on R^2 from p = (p0, p1): first X then Y ends at
   * (p0 + s, p1 + s (p0 + s)), first Y then X at (p0 + s, p1 + s p0); the difference is
   * s^2 (0, 1) = s^2 [X, Y] exactly (the flows are polynomial, so the series are exact).
   */
  @Test
  @Verifies("LNHW:rem-3.1.1")
  void translationAndShearCommuteUpToTheirBracket() {
    PolynomialField x = PolynomialField.of(Polynomial.constant(2, BigRational.ONE),
        Polynomial.zero(2));
    PolynomialField y = PolynomialField.of(Polynomial.zero(2), Polynomial.variable(2, 0));
    BigRational p0 = BigRational.of(2);
    BigRational p1 = BigRational.of(-5, 3);
    BigRational[] start = {p0, p1};
    Polynomial s = Polynomial.variable(1, 0);
    Polynomial[] xThenY = FlowSeries.composed(x, y, start, 3);
    Polynomial[] yThenX = FlowSeries.composed(y, x, start, 3);
    assertThat(xThenY[0]).isEqualTo(s.add(Polynomial.constant(1, p0)));
    assertThat(xThenY[1]).isEqualTo(Polynomial.constant(1, p1).add(s.scale(p0)).add(s.pow(2)));
    assertThat(yThenX[0]).isEqualTo(s.add(Polynomial.constant(1, p0)));
    assertThat(yThenX[1]).isEqualTo(Polynomial.constant(1, p1).add(s.scale(p0)));
  }
}
