package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/** The metric witness of LNHW Theorem 1 (inventory LG-DER-5), against independent computations. */
class BalancedGroupMetricTest {

  /**
   * u = 3/2, w = (1/3, -2/5, 1/7) (so v = w / u^2): an independent symbolic computation (sympy:
   * K = u^4 I + 4 w w^T / u^2 inverted symbolically, differentiated in w and in u with
   * du/dw_k = -F_{w_k}/F_u for F = u^6/2 - c u^4 - ||w||^2, then evaluated) gives the asymmetry
   * sum_{a,b,k} (d_k K^-1_ab - d_a K^-1_kb)^2 = 264217663897600/57226324660979049.
   */
  @Test
  @Verifies("LNHW:thm-1")
  void asymmetryMatchesAnIndependentSymbolicComputation() {
    BigRational u = BigRational.of(3, 2);
    List<BigRational> v = new ArrayList<>();
    for (BigRational w : List.of(BigRational.of(1, 3), BigRational.of(-2, 5), BigRational.of(1, 7))) {
      v.add(w.divide(u.pow(2)));
    }
    BalancedGroupMetric metric = new BalancedGroupMetric(u, v);
    assertThat(metric.predictor()).containsExactly(BigRational.of(1, 3), BigRational.of(-2, 5),
        BigRational.of(1, 7));
    assertThat(metric.hessianAsymmetry()).isEqualTo(
        BigRational.parse("264217663897600/57226324660979049"));
  }

  /**
   * One coordinate: K = u^4 + 4u^2 v^2 is a scalar function of the scalar w, always a Hessian
   * (asymmetry 0). At u = 2, v = 1/2: c = 2 - 1/4 = 7/4, w = 2, K = 16 + 4 = 20, and
   * du/dw = 2w / (3u^5 - 4c u^3) = 4 / (96 - 56) = 1/10.
   */
  @Test
  @Verifies("LNHW:thm-1")
  void oneCoordinateIsAlwaysAHessian() {
    BalancedGroupMetric metric = new BalancedGroupMetric(BigRational.TWO,
        List.of(BigRational.of(1, 2)));
    assertThat(metric.balance()).isEqualTo(BigRational.of(7, 4));
    assertThat(metric.metric().get(0, 0)).isEqualTo(BigRational.of(20));
    assertThat(metric.magnitudeDerivative(0)).isEqualTo(BigRational.of(1, 10));
    assertThat(metric.hessianAsymmetry()).isEqualTo(BigRational.ZERO);
  }

  /**
   * Scalar check of the total derivative: with one coordinate, K(w) = u(w)^4 + 4 w^2 / u(w)^2, so
   * d(1/K)/dw = -(4u^3 u' + 8w/u^2 - 8 w^2 u'/u^3) / K^2; at u = 2, w = 2, u' = 1/10:
   * numerator 32/10 + 4 - 32/80 = 3.2 + 4 - 0.4 = 34/5, so d(1/K)/dw = -(34/5)/400 = -17/1000.
   */
  @Test
  void scalarDerivativeByHand() {
    BalancedGroupMetric metric = new BalancedGroupMetric(BigRational.TWO,
        List.of(BigRational.of(1, 2)));
    assertThat(metric.inverseMetricDerivative(0).get(0, 0)).isEqualTo(BigRational.of(-17, 1000));
  }
}
