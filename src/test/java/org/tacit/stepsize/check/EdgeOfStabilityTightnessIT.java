package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkObjective;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.Initialization;
import org.tacit.stepsize.model.MinimalLambdaMax;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SectionSevenData;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * How tight Lemma 4.1's bounds and Theorem 4.2 are on GD solutions of the Section 7 problem (d =
 * 100, N = 50, seed 1, depth 2, warm-up 1000 steps): for alpha in {0.01, 0.1, 0.5} and eta a
 * fraction of {@code 2 / min lambda_max} (min lambda_max by {@link MinimalLambdaMax}), prints
 * lambda_max, the stability measure (lower bound), the upper bound and 2/eta at the converged
 * point. Asserts the sandwich and Lemma 2.3 on every converged run; the ratios are for the report
 * (the paper: the stability measure nearly coincides with lambda_max).
 */
class EdgeOfStabilityTightnessIT {

  @Test
  @Verifies("NRSS:lem-4.1")
  @Verifies("NRSS:thm-4.2")
  @Verifies("NRSS:lem-2.3")
  @Verifies("NRSS:rem-8.1")
  void printsTightnessAtAndBelowTheEdge() {
    RegressionData data = SectionSevenData.defaults().sample(1).data();
    MinimalLambdaMax minimal = MinimalLambdaMax.solve(data, 1e-6, 50);
    double largestStable = 2 / minimal.upper();
    System.out.printf("[tacit] NRSS fig-2 setting seed 1: min lambda_max = %.4f, 2/min lambda_max ="
        + " %.6f%n", minimal.upper(), largestStable);
    DepthDiagonalModel model = new DepthDiagonalModel(2);
    SquaredLoss loss = new SquaredLoss(data, model);
    int converged = 0;
    for (double alpha : new double[] {0.01, 0.1, 0.5}) {
      for (double fraction : new double[] {0.25, 0.9, 0.99}) {
        double eta = fraction * largestStable;
        TrainingResult run = GradientDescent.run(new DiagonalNetworkObjective(data, model),
            Initialization.uniform(model, data.dimension(), alpha),
            new TrainingSettings(WarmupSchedule.linear(eta, 1000), 1e-10, 400_000, 1000));
        HessianBounds bounds = HessianBounds.at(loss, run.theta());
        System.out.printf("[tacit]   alpha %.2f eta %.5f (%.2f of 2/min lambda): %s, %d steps,"
            + " lambda_max %.4f, SM/lambda %.4f, UB/lambda %.4f, lambda/(2/eta) %.5f%n", alpha, eta,
            fraction, run.reason(), run.steps(), bounds.lambdaMax(),
            bounds.lowerBound() / bounds.lambdaMax(), bounds.upperBound() / bounds.lambdaMax(),
            bounds.lambdaMax() * eta / 2);
        if (run.converged()) {
          converged++;
          assertThat(bounds.lowerBound())
              .isLessThanOrEqualTo(bounds.lambdaMax() + bounds.residualTermNorm());
          assertThat(bounds.lambdaMax()).isLessThanOrEqualTo(
              bounds.upperBound() + bounds.residualTermNorm());
          assertThat(bounds.lambdaMax()).isLessThanOrEqualTo(
              2 / run.finalStep() * (1 + StepSizeTolerances.EDGE_OF_STABILITY));
          assertThat(bounds.lambdaMax()).isGreaterThanOrEqualTo(minimal.lower() * (1 - 1e-6));
        }
      }
    }
    assertThat(converged).isPositive();
  }
}
