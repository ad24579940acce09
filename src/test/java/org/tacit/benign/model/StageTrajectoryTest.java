package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.StageFamilies;
import org.tacit.spec.Verifies;
import org.tacit.training.ProgressListener;
import org.tacit.verify.SeededDraws;

/**
 * The recorded quantities of {@link StageTrajectory} against recomputation from the final state
 * by plain loops, and the stage boundaries' definitions.
 */
class StageTrajectoryTest {

  private static final StageInstance INSTANCE = StageFamilies.instance(120, new SeededDraws(7),
      StageFamilies.SIGMA, StageFamilies.ALPHA, 1.0);

  private static final StageTrajectory RUN =
      StageTrajectory.run(INSTANCE, 10, ProgressListener.NONE);

  @Test
  @Verifies("ZG:fig-1")
  void theLastRecordMatchesTheFinalState() {
    int d = INSTANCE.dimension();
    int n = INSTANCE.samples();
    double[] theta = RUN.finalTheta();
    int last = RUN.lastStep();
    double[] beta = new double[d];
    double test = 0;
    double v2 = 0;
    double q2 = 0;
    for (int k = 0; k < d; k++) {
      double w = theta[k];
      double u = theta[d + k];
      double q = INSTANCE.lambda() * (w * w - u * u);
      beta[k] = theta[2 * d + k] + q;
      test += (beta[k] - INSTANCE.betaStar()[k]) * (beta[k] - INSTANCE.betaStar()[k]);
      v2 += theta[2 * d + k] * theta[2 * d + k];
      q2 += q * q;
    }
    double loss = 0;
    for (int i = 0; i < n; i++) {
      double r = -INSTANCE.noise()[i];
      for (int k = 0; k < d; k++) {
        r += INSTANCE.x()[i * d + k] * (beta[k] - INSTANCE.betaStar()[k]);
      }
      loss += r * r / (2.0 * n);
    }
    assertThat(RUN.loss(last)).isCloseTo(loss, offset(1e-10 * loss));
    assertThat(RUN.loss(last)).isLessThanOrEqualTo(INSTANCE.lossTarget());
    assertThat(RUN.loss(last - 1)).isGreaterThan(INSTANCE.lossTarget());
    assertThat(RUN.testLoss(last)).isCloseTo(test, offset(1e-10 * test));
    assertThat(RUN.vNorm(last)).isCloseTo(Math.sqrt(v2), offset(1e-12));
    assertThat(RUN.quadraticNorm(last)).isCloseTo(Math.sqrt(q2), offset(1e-9));
    assertThat(RUN.residualNorm(0)).isCloseTo(Math.sqrt(2 * n * RUN.loss(0)), offset(1e-12));
  }

  /** At t = 0: w = u = alpha, v = 0, so err_S = max_k |lambda alpha^2 sign(beta*_k) - beta*_k|. */
  @Test
  void theInitialRecordIsThePapersInitialization() {
    double expected = 0;
    for (double b : INSTANCE.betaStar()) {
      if (b != 0) {
        double alpha2 = INSTANCE.alpha() * INSTANCE.alpha();
        expected = Math.max(expected, Math.abs(Math.signum(b) * INSTANCE.lambda() * alpha2 - b));
      }
    }
    assertThat(RUN.signalError(0)).isEqualTo(expected);
    assertThat(RUN.vNorm(0)).isZero();
    assertThat(RUN.offSignalGrowth(0)).isEqualTo(1.0);
    assertThat(RUN.vSupportPath(0)).isZero();
  }

  /** The boundaries are first passages of their stated conditions, in the order T11 <= T1 < T2. */
  @Test
  @Verifies("ZG:lem-5.3")
  void boundariesAreFirstPassages() {
    StageBoundaries stages = StageBoundaries.of(RUN);
    int t1 = stages.t1().orElseThrow();
    double threshold = StageBoundaries.C_T1 * INSTANCE.noiseScale();
    assertThat(RUN.signalError(t1)).isLessThanOrEqualTo(threshold);
    for (int t = 0; t < t1; t++) {
      assertThat(RUN.signalError(t)).isGreaterThan(threshold);
    }
    assertThat(stages.t11().orElseThrow()).isLessThanOrEqualTo(t1);
    assertThat(stages.t2().orElseThrow()).isEqualTo(RUN.lastStep());
    int t21 = stages.t21().orElseThrow();
    assertThat(RUN.residualNorm(t21)).isLessThanOrEqualTo(INSTANCE.sigma());
    assertThat(RUN.residualNorm(t21 - 1)).isGreaterThan(INSTANCE.sigma());
  }

  /** The experiments' lambda at d = 5e4, n = 670 is 4.72e4 (the inventory's parameter table). */
  @Test
  @Verifies("ZG:fig-1")
  void theExperimentsLambdaMatchesTheParameterTable() {
    assertThat(StageInstance.paperSamples(50_000)).isEqualTo(670);
    assertThat(StageInstance.paperLambda(50_000, 670, 0.1)).isCloseTo(4.72e4, offset(50.0));
    assertThat(StageInstance.paperLambda(2500, 150, 0.1)).isCloseTo(7027, offset(5.0));
  }
}
