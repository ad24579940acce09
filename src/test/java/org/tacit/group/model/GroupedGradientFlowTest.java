package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;

/**
 * The integrated flow (3) on a Hadamard design against the exact orthogonal reduction
 * {@code w_l(t) = (u_l(t)^3 / (sqrt 2 m_l)) a_l}, whole vectors, through the growth phase and into
 * saturation.
 */
class GroupedGradientFlowTest {

  private static final double SQRT2 = Math.sqrt(2);

  /**
   * Hadamard n = 8, groups {0, 1, 2} and {3, 4}, a = (2/3, 1/3, 2/3, 3/500, 4/500) (m_0 = 1,
   * m_1 = 1/100), theta = 1/20. At each output time every w_i agrees with the reduction within
   * {@link LnhwTolerances#flowVersusReduction} times {@code max_i |a_i|}.
   */
  @Test
  @Verifies("LNHW:eq-3")
  @Verifies("LNHW:lem-4")
  void fullFlowFollowsTheReduction() {
    GroupPartition groups = GroupPartition.ofSizes(3, 2);
    double[] a = {2.0 / 3, 1.0 / 3, 2.0 / 3, 3.0 / 500, 4.0 / 500};
    double[] m = {1, 0.01};
    double theta = 0.05;
    BigRational[][] exact = HadamardDesign.exact(3, 5);
    double[] x = HadamardDesign.rowMajor(3, 5);
    double[] y = new double[8];
    for (int row = 0; row < 8; row++) {
      for (int j = 0; j < 5; j++) {
        y[row] += exact[row][j].doubleValue() * a[j];
      }
    }
    GroupedGradientFlow flow = new GroupedGradientFlow(new GroupedDesign(8, groups, x, y));
    double[] u0 = {theta, theta};
    double[] v0 = new double[5];
    for (int i = 0; i < 5; i++) {
      v0[i] = theta / (SQRT2 * m[groups.groupOf(i)]) * a[i];
    }
    double[] times = {5, 10, 14, 20, 40, 80};
    DormandPrinceIntegrator.Trajectory run = new DormandPrinceIntegrator(
        LnhwTolerances.FLOW_RTOL, LnhwTolerances.FLOW_ATOL, LnhwTolerances.FLOW_MAX_STEPS)
        .integrate(flow, GroupedGradientFlow.state(u0, v0), times);
    double amplification = OrthogonalFlowReduction.fixedPoint(1) / theta;
    double tolerance = LnhwTolerances.flowVersusReduction(run.acceptedSteps(), 7, amplification);
    assertThat(tolerance).isLessThan(1e-4);
    for (int k = 0; k < times.length; k++) {
      double[] w = flow.weights(run.state(k));
      for (int i = 0; i < 5; i++) {
        int l = groups.groupOf(i);
        double u = OrthogonalFlowReduction.magnitudeAt(m[l], theta, times[k]);
        double reduced = u * u * u / (SQRT2 * m[l]) * a[i];
        assertThat(Math.abs(w[i] - reduced)).as("t=%s i=%d", times[k], i)
            .isLessThanOrEqualTo(tolerance * Math.abs(a[i]));
      }
    }
    double[] late = flow.weights(run.state(times.length - 1));
    assertThat(Math.abs(late[0] - a[0])).isLessThan(1e-6);
  }
}
