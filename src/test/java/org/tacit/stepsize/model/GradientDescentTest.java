package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.linalg.DenseKernels;
import org.tacit.spec.Verifies;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;
import org.tacit.verify.SeededDraws;

/** GD with warm-up: schedule values, one step against the analytic gradient, stopping rules. */
class GradientDescentTest {

  @Test
  @Verifies("NRSS:rem-7.2")
  void warmupIsLinearThenConstant() {
    WarmupSchedule schedule = new WarmupSchedule(0.1, 1.1, 10);
    assertThat(schedule.stepAt(0)).isEqualTo(0.1);
    assertThat(schedule.stepAt(5)).isCloseTo(0.6, within(1e-15));
    assertThat(schedule.stepAt(10)).isEqualTo(1.1);
    assertThat(schedule.stepAt(1000)).isEqualTo(1.1);
    WarmupSchedule linear = WarmupSchedule.linear(2.0, 4);
    assertThat(linear.stepAt(0)).isEqualTo(0.5);
    assertThat(linear.stepAt(3)).isCloseTo(0.5 + 1.5 * 3 / 4, within(1e-15));
    assertThat(WarmupSchedule.linear(2.0, 0).stepAt(0)).isEqualTo(2.0);
    assertThatThrownBy(() -> new WarmupSchedule(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarmupSchedule(1, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarmupSchedule(1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingSettings(schedule, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingSettings(schedule, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingSettings(schedule, 1, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Each step is theta - eta_t grad L(theta) with the gradient (17) of {@link SquaredLoss}. */
  @Test
  @Verifies("NRSS:eq-2")
  @Verifies("NRSS:eq-17")
  void stepsFollowTheAnalyticGradientWithTheScheduledStep() {
    SeededDraws draws = new SeededDraws(11);
    for (DiagonalNetworkModel model : new DiagonalNetworkModel[] {new DepthDiagonalModel(2),
        new DepthDiagonalModel(3), new UvDiagonalModel()}) {
      int samples = 7;
      int d = 9;
      double[] x = new double[samples * d];
      double[] y = new double[samples];
      for (int k = 0; k < x.length; k++) {
        x[k] = 1 + draws.gaussian();
      }
      for (int n = 0; n < samples; n++) {
        y[n] = draws.gaussian();
      }
      RegressionData data = new RegressionData(samples, d, x, y);
      SquaredLoss loss = new SquaredLoss(data, model);
      double[] theta = Initialization.randomNormal(model, d, 0.5, draws);
      WarmupSchedule schedule = new WarmupSchedule(1e-3, 3e-3, 2);
      double[] expected = theta.clone();
      for (int t = 0; t < 3; t++) {
        double[] gradient = loss.gradient(expected);
        for (int k = 0; k < expected.length; k++) {
          expected[k] -= schedule.stepAt(t) * gradient[k];
        }
      }
      TrainingResult result = GradientDescent.run(new DiagonalNetworkObjective(data, model),
          theta, new TrainingSettings(schedule, 1e-300, 3));
      assertThat(result.converged()).isFalse();
      assertThat(result.reason()).isEqualTo(TrainingResult.BUDGET);
      assertThat(result.steps()).isEqualTo(3);
      assertThat(result.finalStep()).isEqualTo(3e-3);
      assertThat(result.theta()).containsExactly(expected, within(1e-12));
      assertThat(result.finalLoss()).isCloseTo(loss.loss(expected), within(1e-12));
    }
  }

  /** One sample x = 1, y = 1, depth 2: GD converges to u+^2 - u-^2 = 1. */
  @Test
  @Verifies("NRSS:def-2.1")
  void convergesOnAScalarProblemAndHonoursConfirmation() {
    RegressionData data = new RegressionData(1, 1, new double[] {1}, new double[] {1});
    DepthDiagonalModel model = new DepthDiagonalModel(2);
    double[] initial = Initialization.uniform(model, 1, 0.5);
    assertThat(initial).containsExactly(0.5, 0.5);
    DiagonalNetworkObjective objective = new DiagonalNetworkObjective(data, model);
    TrainingResult result = GradientDescent.run(objective, initial,
        new TrainingSettings(WarmupSchedule.linear(0.1, 10), 1e-20, 100_000, 50));
    assertThat(result.converged()).isTrue();
    assertThat(result.reason()).isEqualTo(TrainingResult.CONVERGED);
    double[] theta = result.theta();
    assertThat(theta[0] * theta[0] - theta[1] * theta[1]).isCloseTo(1, within(1e-9));
    TrainingResult unconfirmed = GradientDescent.run(objective, initial,
        new TrainingSettings(WarmupSchedule.linear(0.1, 10), 1e-20, 100_000));
    assertThat(unconfirmed.steps()).isEqualTo(result.steps() - 50);
    assertThat(initial).containsExactly(0.5, 0.5);
    TrainingResult already = GradientDescent.run(objective, new double[] {1, 0},
        new TrainingSettings(WarmupSchedule.constant(0.1), 1e-20, 10));
    assertThat(already.converged()).isTrue();
    assertThat(already.steps()).isZero();
  }

  @Test
  void reportsDivergenceWithoutNaN() {
    RegressionData data = new RegressionData(1, 2, new double[] {1, 2}, new double[] {3});
    for (DiagonalNetworkModel model : new DiagonalNetworkModel[] {new DepthDiagonalModel(2),
        new UvDiagonalModel()}) {
      TrainingResult result = GradientDescent.run(new DiagonalNetworkObjective(data, model),
          Initialization.uniform(model, 2, 1.0), new TrainingSettings(WarmupSchedule.constant(10),
              1e-12, 1000));
      assertThat(result.converged()).isFalse();
      assertThat(result.reason()).startsWith("diverged");
      assertThat(Double.isFinite(result.finalLoss())).isTrue();
      for (double value : result.theta()) {
        assertThat(Double.isFinite(value)).isTrue();
      }
    }
    // a step so large that the first update overflows: loss not finite, the previous iterate back
    TrainingResult overflow = GradientDescent.run(
        new DiagonalNetworkObjective(data, new DepthDiagonalModel(2)), new double[] {1, 1, 1, 1},
        new TrainingSettings(WarmupSchedule.constant(1e300), 1e-12, 10));
    assertThat(overflow.reason()).startsWith("diverged: loss not finite");
    assertThat(overflow.theta()).containsExactly(1, 1, 1, 1);
  }

  @Test
  void initializationValidatesAndDrawsPositiveShapes() {
    DepthDiagonalModel model = new DepthDiagonalModel(3);
    double[] normal = Initialization.randomNormal(model, 4, 2.0, new SeededDraws(1));
    assertThat(normal).hasSize(8);
    for (double v : normal) {
      assertThat(v).isGreaterThanOrEqualTo(0);
    }
    assertThat(Initialization.uniform(new UvDiagonalModel(), 2, 0.3)).hasSize(8)
        .containsOnly(0.3);
    assertThatThrownBy(() -> Initialization.uniform(model, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Initialization.uniform(model, 2, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The unrolled kernels against the plain products of {@link RegressionData}. */
  @Test
  void kernelsAgreeWithPlainProducts() {
    SeededDraws draws = new SeededDraws(5);
    for (int samples = 1; samples <= 9; samples++) {
      int d = draws.intBetween(1, 7);
      double[] x = new double[samples * d];
      for (int k = 0; k < x.length; k++) {
        x[k] = draws.gaussian();
      }
      RegressionData data = new RegressionData(samples, d, x, new double[samples]);
      double[] b = new double[d];
      double[] w = new double[samples];
      for (int i = 0; i < d; i++) {
        b[i] = draws.gaussian();
      }
      for (int n = 0; n < samples; n++) {
        w[n] = draws.gaussian();
      }
      double[] out = new double[samples];
      DenseKernels.times(x, samples, d, b, out);
      assertThat(out).containsExactly(data.times(b), within(1e-13));
      double[] back = new double[d];
      DenseKernels.transposeTimes(x, samples, d, w, 0.5, back);
      double[] plain = data.transposeTimes(w);
      for (int i = 0; i < d; i++) {
        assertThat(back[i]).isCloseTo(0.5 * plain[i], within(1e-13));
      }
    }
  }
}
