package org.tacit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.spec.Verifies;

/**
 * {@link Adam} against hand evaluations of the bias-corrected update {@code theta - lr m_hat /
 * (sqrt(v_hat) + eps)} (Kingma and Ba; PyTorch's documented algorithm) on the 1-D quadratic
 * {@code f(theta) = c theta^2 / 2}, run through the shared {@link IterationLoop}.
 */
class AdamTest {

  /** {@code f(theta) = curvature theta^2 / 2} in one dimension. */
  private static Objective quadratic(double curvature) {
    return new Objective() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double loss(double[] theta) {
        return curvature * theta[0] * theta[0] / 2;
      }

      @Override
      public void gradient(double[] theta, double[] out) {
        out[0] = curvature * theta[0];
      }
    };
  }

  private static TrainingResult run(double curvature, double start, double lr, long steps) {
    long[] checkpoints = new long[(int) steps + 1];
    for (int k = 0; k <= steps; k++) {
      checkpoints[k] = k;
    }
    TrainingSettings settings = new TrainingSettings(t -> lr, Double.MIN_VALUE, steps)
        .withCheckpoints(checkpoints);
    return IterationLoop.run(new Adam(quadratic(curvature)), new double[] {start}, settings,
        ProgressListener.NONE);
  }

  private static void assertClose(double actual, double expected) {
    assertThat(Math.abs(actual - expected) / Math.abs(expected))
        .as("actual %s, expected %s", actual, expected)
        .isLessThanOrEqualTo(TdrTolerances.ADAM_HAND_STEP);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void firstThreeStepsMatchTheBiasCorrectedFormula() {
    double c = 2;
    double lr = 0.1;
    double b1 = 0.9;
    double b2 = 0.999;
    double eps = 1e-8;
    TrainingResult result = run(c, 1, lr, 3);
    double theta = 1;
    double m = 0;
    double v = 0;
    for (int k = 1; k <= 3; k++) {
      double g = c * theta;
      m = b1 * m + (1 - b1) * g;
      v = b2 * v + (1 - b2) * g * g;
      double mHat = m / (1 - Math.pow(b1, k));
      double vHat = v / (1 - Math.pow(b2, k));
      theta = theta - lr * mHat / (Math.sqrt(vHat) + eps);
      assertClose(result.checkpoints().get(k).theta()[0], theta);
    }
    assertThat(result.steps()).isEqualTo(3);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void biasCorrectionMakesTheFirstStepLrTimesSignOfTheGradient() {
    double lr = 0.01;
    // g = 6 at theta = 3: step lr g / (|g| + eps) = lr / (1 + eps / 6)
    double up = run(2, 3, lr, 1).checkpoints().get(1).theta()[0];
    assertClose(3 - up, lr / (1 + 1e-8 / 6));
    // g < 0: the step has the opposite sign, same length
    double down = run(2, -3, lr, 1).checkpoints().get(1).theta()[0];
    assertClose(down + 3, lr / (1 + 1e-8 / 6));
    // eps is added to sqrt(v_hat), outside the root: g = 1e-8 gives lr g / (g + eps) = lr / 2
    double tiny = run(1e-8, 1, lr, 1).checkpoints().get(1).theta()[0];
    assertClose(1 - tiny, lr / 2);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void rejectsInvalidConstants() {
    assertThatThrownBy(() -> new Adam(quadratic(1), 1.0, 0.999, 1e-8))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
