package org.tacit.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared loop with a method that is not gradient descent: halving, and refusals. */
class IterationLoopTest {

  /** theta -> theta / 2, loss theta^2; refuses the update from step {@code refuseAt} on. */
  private static IterativeMethod halving(long refuseAt) {
    return new IterativeMethod() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double loss(double[] theta) {
        return theta[0] * theta[0];
      }

      @Override
      public Optional<String> update(double[] theta, long t, double step) {
        if (t >= refuseAt) {
          theta[0] = Double.NaN;
          return Optional.of("refused at " + t);
        }
        theta[0] /= 2;
        return Optional.empty();
      }
    };
  }

  /**
   * A refusal at update 3 ends the run with the "stopped: " reason, 3 updates, the iterate
   * theta_3 = 8 / 2^3 = 1 restored (the method's partial write is undone) and its loss 1;
   * checkpoints up to step 3 are kept.
   */
  @Test
  void aRefusedUpdateStopsTheRunAtTheLastAcceptedIterate() {
    TrainingResult result = IterationLoop.run(halving(3), new double[] {8},
        new TrainingSettings(WarmupSchedule.constant(1), 1e-300, 10).withCheckpoints(0, 3, 5),
        ProgressListener.NONE);
    assertThat(result.reason()).isEqualTo(IterationLoop.STOPPED + "refused at 3");
    assertThat(result.steps()).isEqualTo(3);
    assertThat(result.theta()).containsExactly(1.0);
    assertThat(result.finalLoss()).isEqualTo(1.0);
    assertThat(result.checkpoints()).extracting(Checkpoint::step).containsExactly(0L, 3L);
  }

  /** Without refusals the loop stops on the budget (10 halvings of 8: 8 / 1024) or on tolerance. */
  @Test
  void budgetAndToleranceAsForGradientDescent() {
    TrainingResult budget = IterationLoop.run(halving(Long.MAX_VALUE), new double[] {8},
        new TrainingSettings(WarmupSchedule.constant(1), 1e-300, 10), ProgressListener.NONE);
    assertThat(budget.reason()).isEqualTo(TrainingResult.BUDGET);
    assertThat(budget.theta()).containsExactly(8.0 / 1024);
    TrainingResult converged = IterationLoop.run(halving(Long.MAX_VALUE), new double[] {8},
        new TrainingSettings(WarmupSchedule.constant(1), 1.0 / 16 + 1e-9, 100),
        ProgressListener.NONE);
    assertThat(converged.converged()).isTrue();
    assertThat(converged.theta()).containsExactly(0.25);
  }
}
