package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.FlowLimitFamilies;
import org.tacit.benign.model.FlowLimitInstance;
import org.tacit.benign.model.LearnerDescent;
import org.tacit.benign.model.LearnerObjective;
import org.tacit.benign.model.MinimumNormInterpolator;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;

class GradientFlowLimitRemarkProperties {

  private final GradientFlowLimitRemarkChecker checker = new GradientFlowLimitRemarkChecker();

  @Test
  @Verifies("ZG:rem-1.4")
  void gradientDescentApproachesTheFlowLimitAtRateEta() {
    PropertyHarness.verify("ZG:rem-1.4 small Gaussian", checker,
        FlowLimitFamilies.smallGaussian(), 12);
  }

  /**
   * The O(eta) check can fail: against a wrong oracle (the min-l2 interpolator, the limit of GD on
   * beta alone) the distance of GD(eta) does not halve with eta (its ratio stays near 1, outside
   * the band 2 +- 25%), because the discrepancy is a fixed offset, not a discretization error.
   */
  @Test
  @Verifies("ZG:rem-1.4")
  void aWrongOracleFailsTheRateCheck() {
    FlowLimitInstance instance = FlowLimitFamilies.smallGaussian().draw(new SeededDraws(3));
    int n = instance.samples();
    int d = instance.dimension();
    double[] wrong = MinimumNormInterpolator.solve(instance.x(), n, d, instance.y()).beta();
    double[] distance = new double[2];
    double eta = instance.eta();
    for (int k = 0; k < 2; k++) {
      double[] theta = LearnerDescent.run(
          new LearnerObjective(instance.x(), instance.y(), n, d, instance.lambda()),
          LearnerObjective.initialParameters(d, instance.alpha()), eta, ZgTolerances.FLOW_GD_LOSS,
          2_000_000).theta();
      double s = 0;
      for (int j = 0; j < d; j++) {
        double w = theta[j];
        double u = theta[d + j];
        double beta = theta[2 * d + j] + instance.lambda() * (w - u) * (w + u);
        s += (beta - wrong[j]) * (beta - wrong[j]);
      }
      distance[k] = Math.sqrt(s);
      eta /= 2;
    }
    assertThat(Math.abs(distance[0] / distance[1] - 2))
        .isGreaterThan(ZgTolerances.FLOW_ORDER_RATIO * 2);
  }
}
