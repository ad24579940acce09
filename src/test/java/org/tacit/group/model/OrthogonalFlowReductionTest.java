package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/**
 * The scalar reduction {@code u' = sqrt 2 m u^2 - u^5}: the closed-form hitting time against an
 * independent quadrature and against direct integration, and its inverse.
 */
class OrthogonalFlowReductionTest {

  private static final double SQRT2 = Math.sqrt(2);

  /**
   * Composite Gauss-Legendre (5 nodes, {@code panels} panels) of {@code dt = ds / (k^3 - s^{-3})}
   * over {@code s = 1/u} in {@code [1/to, 1/from]}: the same integral in the variable where the
   * integrand is smooth and bounded; error O(panel^10) for this analytic integrand.
   */
  private static double quadrature(double m, double from, double to, int panels) {
    double[] nodes = {0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640,
        0.9061798459386640};
    double[] weights = {0.5688888888888889, 0.4786286704993665, 0.4786286704993665,
        0.2369268850561891, 0.2369268850561891};
    double k3 = SQRT2 * m;
    double lo = Math.min(1 / from, 1 / to);
    double hi = Math.max(1 / from, 1 / to);
    double width = (hi - lo) / panels;
    double sum = 0;
    for (int j = 0; j < panels; j++) {
      double mid = lo + (j + 0.5) * width;
      for (int q = 0; q < 5; q++) {
        double s = mid + nodes[q] * width / 2;
        sum += weights[q] * width / 2 / Math.abs(k3 - 1 / (s * s * s));
      }
    }
    return sum;
  }

  @Test
  @Verifies("LNHW:thm-2")
  void closedFormMatchesAnIndependentQuadrature() {
    SeededDraws draws = new SeededDraws(31);
    for (int trial = 0; trial < 200; trial++) {
      double m = Math.exp(draws.uniform(Math.log(1e-3), Math.log(10)));
      double k = OrthogonalFlowReduction.fixedPoint(m);
      double from = k * draws.uniform(1e-3, 0.9);
      double to = from + (0.99 * k - from) * draws.uniform(0.01, 1);
      double closed = OrthogonalFlowReduction.hittingTime(m, from, to);
      double numeric = quadrature(m, from, to, 4000);
      assertThat(Math.abs(closed - numeric) / numeric).as("m=%s from=%s to=%s", m, from, to)
          .isLessThan(1e-9);
    }
  }

  @Test
  void decreasingBranchMatchesTheQuadrature() {
    SeededDraws draws = new SeededDraws(32);
    for (int trial = 0; trial < 100; trial++) {
      double m = Math.exp(draws.uniform(Math.log(1e-3), Math.log(10)));
      double k = OrthogonalFlowReduction.fixedPoint(m);
      double from = k * draws.uniform(1.05, 3);
      double to = k + (from - k) * draws.uniform(0.05, 0.95);
      double closed = OrthogonalFlowReduction.hittingTime(m, from, to);
      assertThat(Math.abs(closed - quadrature(m, from, to, 4000)) / closed).isLessThan(1e-9);
    }
  }

  /** The closed form agrees with the integrated scalar ODE (Dormand-Prince at rtol 1e-12). */
  @Test
  void magnitudeAtMatchesTheIntegratedScalarFlow() {
    double m = 0.7;
    double theta = 0.05;
    double[] times = {10, 20, 25, 40};
    DormandPrinceIntegrator.Trajectory run = new DormandPrinceIntegrator(1e-12, 0, 100_000)
        .integrate((z, dz) -> dz[0] = OrthogonalFlowReduction.growthRate(m, z[0]),
            new double[] {theta}, times);
    for (int j = 0; j < times.length; j++) {
      double reduced = OrthogonalFlowReduction.magnitudeAt(m, theta, times[j]);
      assertThat(Math.abs(run.state(j)[0] - reduced) / reduced).isLessThan(1e-8);
    }
  }

  /** {@code magnitudeAt} inverts {@code hittingTime}, and its limits are the fixed point. */
  @Test
  void inverseAndLimits() {
    double m = 1.3;
    double theta = 0.02;
    double k = OrthogonalFlowReduction.fixedPoint(m);
    assertThat(k * k * k).isCloseTo(SQRT2 * m, Offset.offset(1e-14));
    assertThat(OrthogonalFlowReduction.growthRate(m, k)).isCloseTo(0,
        Offset.offset(1e-14));
    for (double target : new double[] {0.03, 0.3, 0.9 * k, 0.999 * k}) {
      double t = OrthogonalFlowReduction.hittingTime(m, theta, target);
      assertThat(OrthogonalFlowReduction.magnitudeAt(m, theta, t) / target).isCloseTo(1,
          Offset.offset(1e-10));
      assertThat(t).isGreaterThanOrEqualTo((1 / theta - 1 / target) / (SQRT2 * m));
    }
    assertThat(OrthogonalFlowReduction.hittingTime(m, theta, k)).isInfinite();
    assertThat(OrthogonalFlowReduction.magnitudeAt(m, theta, Double.POSITIVE_INFINITY))
        .isEqualTo(k);
    assertThat(OrthogonalFlowReduction.hittingTime(m, theta, theta / 2)).isZero();
  }
}
