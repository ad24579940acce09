package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;
import org.tacit.verify.SeededDraws;

/** Baselines (min l2, min l1, weighted l1) and the Lemma D.2 bracket. */
class InterpolatorsTest {

  /** One equation x_1 + 2 x_2 = 2: min l2 (2/5, 4/5); min l1 (0, 1); weights (1, 3): (2, 0). */
  @Test
  void handComputedMinimizers() {
    RegressionData data = new RegressionData(1, 2, new double[] {1, 2}, new double[] {2});
    assertThat(Interpolators.minimumL2(data)).containsExactly(new double[] {0.4, 0.8},
        within(1e-15));
    assertThat(Interpolators.minimumL1(data)).containsExactly(new double[] {0, 1}, within(1e-15));
    assertThat(Interpolators.minimumWeightedL1(data, new double[] {1, 3}))
        .containsExactly(new double[] {2, 0}, within(1e-15));
    assertThat(Interpolators.weightedL1(new double[] {2, -1}, new double[] {1, 3})).isEqualTo(5);
    assertThatThrownBy(() -> Interpolators.minimumWeightedL1(data, new double[] {-1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    RegressionData dependent = new RegressionData(2, 2, new double[] {1, 2, 2, 4},
        new double[] {1, 2});
    assertThatThrownBy(() -> Interpolators.minimumL2(dependent))
        .isInstanceOf(IllegalArgumentException.class);
    RegressionData tall = new RegressionData(2, 1, new double[] {1, 2}, new double[] {1, 2});
    assertThatThrownBy(() -> Interpolators.minimumL2(tall))
        .isInstanceOf(IllegalArgumentException.class);
    RegressionData inconsistent = new RegressionData(2, 1, new double[] {1, 1},
        new double[] {1, 2});
    assertThatThrownBy(() -> Interpolators.minimumL1(inconsistent))
        .isInstanceOf(IllegalStateException.class);
  }

  /** The QR solution against the SVD pseudo-inverse X^+ y (an independent algorithm). */
  @Test
  void minimumL2AgreesWithThePseudoInverse() {
    SeededDraws draws = new SeededDraws(9);
    for (int trial = 0; trial < 20; trial++) {
      int samples = draws.intBetween(1, 8);
      int d = draws.intBetween(samples, 15);
      double[][] rows = new double[samples][d];
      double[] x = new double[samples * d];
      double[] y = new double[samples];
      for (int n = 0; n < samples; n++) {
        for (int i = 0; i < d; i++) {
          rows[n][i] = 5 + draws.gaussian();
          x[n * d + i] = rows[n][i];
        }
        y[n] = draws.gaussian();
      }
      RealMatrix pseudo = new SingularValueDecomposition(new Array2DRowRealMatrix(rows))
          .getSolver().getInverse();
      double[] expected = pseudo.operate(y);
      double[] beta = Interpolators.minimumL2(new RegressionData(samples, d, x, y));
      assertThat(beta).containsExactly(expected, within(1e-9));
    }
  }

  /**
   * Lemma D.2 on Section 7 data: the weighted-l1 bracket contains lambda_max at the witness of
   * rem-D.2 from above, and every solution's lambda_max (here: the witness and GD solutions) is at
   * least the lower end (rem-D.1); the min-l1 interpolator has the smallest l1 norm of all.
   */
  @Test
  @Verifies("NRSS:lem-D.2")
  @Verifies("NRSS:rem-D.1")
  @Verifies("NRSS:rem-D.2")
  void bracketOfTheMinimalLambdaMax() {
    SectionSevenData model = new SectionSevenData(20, 10, 3, 5.0, 5.0, 0.01);
    RegressionData data = model.sample(3).data();
    StableStepBracket bracket = StableStepBracket.of(data);
    assertThat(bracket.lowerLambda()).isLessThanOrEqualTo(bracket.upperLambda());
    assertThat(bracket.largestStableStepLower()).isLessThanOrEqualTo(
        bracket.largestStableStepUpper());
    DepthDiagonalModel depthTwo = new DepthDiagonalModel(2);
    SquaredLoss loss = new SquaredLoss(data, depthTwo);
    double[] witness = bracket.upperWitness();
    assertThat(new SolutionInstance(data, depthTwo, witness).hypotheses().failureMessage()).isNull();
    double witnessLambda = HessianBounds.at(loss, witness).lambdaMax();
    assertThat(witnessLambda).isLessThanOrEqualTo(bracket.upperLambda() * (1 + 1e-9));
    assertThat(witnessLambda).isGreaterThanOrEqualTo(bracket.lowerLambda() * (1 - 1e-9));
    double[] l1 = Interpolators.minimumL1(data);
    double[] ones = new double[data.dimension()];
    java.util.Arrays.fill(ones, 1);
    double minL1 = Interpolators.weightedL1(l1, ones);
    assertThat(minL1).isLessThanOrEqualTo(Interpolators.weightedL1(Interpolators.minimumL2(data),
        ones) * (1 + 1e-12));
    assertThat(minL1).isLessThanOrEqualTo(Interpolators.weightedL1(bracket.lowerMinimizer(),
        ones) * (1 + 1e-12));
    for (double eta : new double[] {0.5, 0.9}) {
      double step = eta * bracket.largestStableStepLower();
      TrainingResult run = GradientDescent.run(new DiagonalNetworkObjective(data, depthTwo),
          Initialization.uniform(depthTwo, data.dimension(), 0.1),
          new TrainingSettings(WarmupSchedule.linear(step, 500), 1e-12, 400_000));
      assertThat(run.converged()).as(run.reason()).isTrue();
      assertThat(HessianBounds.at(loss, run.theta()).lambdaMax())
          .isGreaterThanOrEqualTo(bracket.lowerLambda() * (1 - 1e-6));
    }
  }

  /**
   * Theorem 4.2 (iii) with Lemma D.2: no solution is stable for eta > 2 / lowerLambda, so GD with
   * such a step does not converge (empirical: within the budget; NRSS:asm-5.3 territory).
   */
  @Test
  @Verifies("NRSS:thm-4.2")
  void noConvergenceAboveTheLargestStableStep() {
    RegressionData data = new SectionSevenData(20, 10, 3, 5.0, 5.0, 0.01).sample(4).data();
    StableStepBracket bracket = StableStepBracket.of(data);
    DepthDiagonalModel depthTwo = new DepthDiagonalModel(2);
    for (double alpha : new double[] {0.01, 0.1}) {
      TrainingResult run = GradientDescent.run(new DiagonalNetworkObjective(data, depthTwo),
          Initialization.uniform(depthTwo, data.dimension(), alpha),
          new TrainingSettings(WarmupSchedule.linear(1.1 * bracket.largestStableStepUpper(), 500),
              1e-12, 100_000));
      assertThat(run.converged()).isFalse();
    }
  }
}
