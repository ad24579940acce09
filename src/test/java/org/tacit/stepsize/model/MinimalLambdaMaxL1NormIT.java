package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * NRSS Lemma 5.1 at the Section 7 model with N = 100, d = 200 (mu = 5, sigma^2 = 5, r* = 5):
 * {@code ||beta~||_1 <= (1 + sigma^2/mu^2) 1.1 min_{X beta = y} ||beta||_1 = 1.32 min ||beta||_1}
 * for the lambda_max-minimizing interpolator beta~ (9), on every one of 5 seeded draws (the lemma
 * claims probability >= 1 - delta for N above an unspecified threshold). beta~ is computed by
 * cutting planes ({@link MinimalLambdaMax}) to a relative gap of 1e-6; its lambda_max is cross-checked
 * against the dense 2d x 2d Hessian at the lifted solution and against the Lemma D.2 bracket.
 */
class MinimalLambdaMaxL1NormIT {

  /** The cutting-plane stopping gap; the Hessian cross-check allows the eigensolvers' 1e-9. */
  private static final double GAP = 1e-6;

  @Test
  @Verifies("NRSS:lem-5.1")
  @Verifies("NRSS:eq-9")
  @Verifies("NRSS:eq-10")
  @Verifies("NRSS:lem-D.2")
  void lambdaMaxMinimizerHasNearMinimalL1Norm() {
    SectionSevenData model = new SectionSevenData(200, 100, 5, 5.0, 5.0, 0.01);
    double bound = (1 + model.variance() / (model.mean() * model.mean())) * 1.1;
    for (long seed = 1; seed <= 5; seed++) {
      RegressionData data = model.sample(seed).data();
      MinimalLambdaMax minimal = MinimalLambdaMax.solve(data, GAP, 100);
      assertThat(minimal.upper() - minimal.lower()).isLessThanOrEqualTo(GAP * minimal.upper());
      double[] beta = minimal.minimizer();
      double[] theta = new double[2 * beta.length];
      for (int i = 0; i < beta.length; i++) {
        theta[i] = Math.sqrt(Math.max(beta[i], 0));
        theta[beta.length + i] = Math.sqrt(Math.max(-beta[i], 0));
      }
      DepthDiagonalModel depthTwo = new DepthDiagonalModel(2);
      assertThat(new SolutionInstance(data, depthTwo, theta).hypotheses().failureMessage()).isNull();
      double lambda = HessianBounds.at(new SquaredLoss(data, depthTwo), theta).lambdaMax();
      assertThat(Math.abs(lambda - minimal.upper())).isLessThanOrEqualTo(1e-9 * lambda);
      StableStepBracket bracket = StableStepBracket.of(data);
      assertThat(bracket.lowerLambda()).isLessThanOrEqualTo(minimal.lower() * (1 + 1e-9));
      assertThat(minimal.upper()).isLessThanOrEqualTo(bracket.upperLambda() * (1 + 1e-9));
      double[] ones = new double[beta.length];
      java.util.Arrays.fill(ones, 1);
      double minimumL1 = Interpolators.weightedL1(Interpolators.minimumL1(data), ones);
      double ratio = Interpolators.weightedL1(beta, ones) / minimumL1;
      System.out.printf("[tacit] NRSS:lem-5.1 seed %d: min lambda_max in [%.6f, %.6f], bracket "
          + "[%.4f, %.4f], ||beta~||_1 / min ||beta||_1 = %.6f (bound %.2f)%n", seed,
          minimal.lower(), minimal.upper(), bracket.lowerLambda(), bracket.upperLambda(), ratio,
          bound);
      assertThat(ratio).isGreaterThanOrEqualTo(1 - 1e-9);
      assertThat(ratio).isLessThanOrEqualTo(bound);
    }
  }
}
