package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * GD steps per second at d = 100, N = 50 and d = 10000, N = 1000 (Section 7 data, depth 2,
 * constant small step so no run stops early). Prints the numbers; asserts only that the runs
 * completed their budgets with finite loss (no timed assertions).
 */
class GradientDescentThroughputIT {

  @Test
  void printsStepsPerSecond() {
    int[][] sizes = {{100, 50, 20_000}, {10_000, 1000, 40}};
    for (int[] size : sizes) {
      RegressionData data = new SectionSevenData(size[0], size[1], 5, 5.0, 5.0, 0.01).sample(1)
          .data();
      DepthDiagonalModel model = new DepthDiagonalModel(2);
      double[] initial = Initialization.uniform(model, size[0], 0.1);
      TrainingSettings settings = new TrainingSettings(WarmupSchedule.constant(1e-7), 1e-300,
          size[2]);
      DiagonalNetworkObjective objective = new DiagonalNetworkObjective(data, model);
      GradientDescent.run(objective, initial, settings);
      long start = System.nanoTime();
      TrainingResult result = GradientDescent.run(objective, initial, settings);
      double seconds = (System.nanoTime() - start) / 1e9;
      double bytes = 2.0 * 8 * size[0] * size[1] * size[2];
      System.out.printf("[tacit] GD d=%d N=%d: %d steps in %.3f s = %.0f steps/s (%.1f GB/s of X"
          + " reads)%n", size[0], size[1], size[2], seconds, size[2] / seconds,
          bytes / seconds / 1e9);
      assertThat(result.steps()).isEqualTo(size[2]);
      assertThat(Double.isFinite(result.finalLoss())).isTrue();
    }
  }
}
