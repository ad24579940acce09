package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.verify.SeededDraws;

/** Old NRSS loop against training.GradientDescent on DiagonalNetworkObjective: bit for bit. */
class TrainingLoopEquivalenceTest {

  @Test
  void newLoopReproducesTheOldOneBitForBit() {
    SeededDraws draws = new SeededDraws(2024);
    int runs = 0;
    int converged = 0;
    int diverged = 0;
    for (int trial = 0; trial < 300; trial++) {
      DiagonalNetworkModel model = switch (trial % 4) {
        case 0 -> new DepthDiagonalModel(2);
        case 1 -> new DepthDiagonalModel(3);
        case 2 -> new DepthDiagonalModel(4);
        default -> new UvDiagonalModel();
      };
      int samples = draws.intBetween(1, 9);
      int d = draws.intBetween(1, 11);
      double[] x = new double[samples * d];
      for (int k = 0; k < x.length; k++) {
        x[k] = draws.gaussian() + (trial % 3);
      }
      double[] y = new double[samples];
      for (int n = 0; n < samples; n++) {
        y[n] = draws.gaussian();
      }
      RegressionData data = new RegressionData(samples, d, x, y);
      double[] initial = draws.coin() ? Initialization.uniform(model, d, 0.3 + draws.uniform())
          : Initialization.randomNormal(model, d, 0.5, draws);
      double eta = Math.exp(draws.uniform(Math.log(1e-3), Math.log(2.0)));
      long warmup = draws.intBetween(0, 50);
      long confirm = draws.intBetween(0, 3) * 10L;
      double tol = Math.exp(draws.uniform(Math.log(1e-14), Math.log(1e-4)));
      TrainingSettings oldSettings = new TrainingSettings(
          WarmupSchedule.linear(eta, warmup), tol, 3000, confirm);
      org.tacit.training.TrainingSettings newSettings = new org.tacit.training.TrainingSettings(
          org.tacit.training.WarmupSchedule.linear(eta, warmup), tol, 3000, confirm);
      TrainingResult old = GradientDescent.train(data, model, initial, oldSettings);
      org.tacit.training.TrainingResult fresh = org.tacit.training.GradientDescent.run(
          new DiagonalNetworkObjective(data, model), initial, newSettings);
      assertThat(fresh.converged()).isEqualTo(old.converged());
      assertThat(fresh.reason()).isEqualTo(old.reason());
      assertThat(fresh.steps()).isEqualTo(old.steps());
      assertThat(Double.doubleToRawLongBits(fresh.finalLoss()))
          .isEqualTo(Double.doubleToRawLongBits(old.trainLoss()));
      assertThat(Double.doubleToRawLongBits(fresh.finalStep()))
          .isEqualTo(Double.doubleToRawLongBits(old.finalStep()));
      assertThat(fresh.theta()).hasSameSizeAs(old.theta());
      for (int k = 0; k < old.theta().length; k++) {
        assertThat(Double.doubleToRawLongBits(fresh.theta()[k]))
            .isEqualTo(Double.doubleToRawLongBits(old.theta()[k]));
      }
      runs++;
      converged += old.converged() ? 1 : 0;
      diverged += old.reason().startsWith("diverged") ? 1 : 0;
    }
    System.out.printf("[tacit] equivalence: %d runs, %d converged, %d diverged%n", runs,
        converged, diverged);
    assertThat(converged).isPositive();
    assertThat(diverged).isPositive();
  }
}
