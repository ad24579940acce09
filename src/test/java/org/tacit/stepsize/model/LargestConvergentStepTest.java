package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * NRSS rem-2.1, rem-5.4, asm-5.4 on small Section 7 data (d = 20, N = 10, r* = 3, mu = 5,
 * sigma^2 = 5, seeds 1-3), depth 2, alpha = 0.1, warm-up 1000 steps, loss tolerance 1e-10:
 * with eta = f 2 / min lambda_max (min lambda_max by cutting planes, relative gap 1e-8),
 * <ul>
 *   <li>f = 1.05: GD does not converge. This is forced: a limit would be a solution with
 *       lambda_max <= 2/eta < min lambda_max (Lemma 2.3), impossible (rem-5.4, the "not for
 *       larger eta" half);</li>
 *   <li>f = 0.9, 0.95: GD converges (the empirical Assumption 5.4 at these sizes), and its end
 *       point has min lambda_max (1 - 1e-6) <= lambda_max <= (2/eta)(1 + 1e-3) = min lambda_max / f
 *       (1 + 1e-3): near the largest convergent step GD reaches a solution with lambda_max within
 *       1/f of the minimum (rem-2.1, quantitatively).</li>
 * </ul>
 * The tolerances are those of StepSizeTolerances (edge of stability 1e-3) and the cutting-plane
 * gap; the probed fractions are reported.
 */
class LargestConvergentStepTest {

  @Test
  @Verifies("NRSS:rem-2.1")
  @Verifies("NRSS:rem-5.4")
  @Verifies("NRSS:asm-5.4")
  void convergesBelowAndNotAboveTwoOverMinLambdaMax() {
    DepthDiagonalModel model = new DepthDiagonalModel(2);
    for (long seed = 1; seed <= 3; seed++) {
      RegressionData data = new SectionSevenData(20, 10, 3, 5.0, 5.0, 0.01).sample(seed).data();
      MinimalLambdaMax minimal = MinimalLambdaMax.solve(data, 1e-8, 200);
      double minLambda = minimal.lower();
      for (double fraction : new double[] {0.9, 0.95, 1.05}) {
        double eta = fraction * 2 / minimal.upper();
        TrainingResult run = GradientDescent.run(new DiagonalNetworkObjective(data, model),
            Initialization.uniform(model, data.dimension(), 0.1),
            new TrainingSettings(WarmupSchedule.linear(eta, 1000), 1e-10, 400_000, 1000));
        String where = "seed " + seed + ", f = " + fraction + ": " + run.reason();
        if (fraction > 1) {
          assertThat(run.converged()).as(where).isFalse();
          continue;
        }
        assertThat(run.converged()).as(where).isTrue();
        double lambda = HessianBounds.at(new SquaredLoss(data, model), run.theta()).lambdaMax();
        System.out.printf("[tacit] NRSS rem-2.1 seed %d f %.2f: lambda_max / min lambda_max = %.5f"
            + " (bound 1/f = %.5f), %d steps%n", seed, fraction, lambda / minLambda,
            1 / fraction, run.steps());
        assertThat(lambda).as(where).isGreaterThanOrEqualTo(minLambda * (1 - 1e-6));
        assertThat(lambda).as(where).isLessThanOrEqualTo(2 / eta * (1 + 1e-3));
      }
    }
  }
}
