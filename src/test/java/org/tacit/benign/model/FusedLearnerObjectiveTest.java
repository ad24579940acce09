package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.verify.SeededDraws;

/**
 * The fused one-pass GD kernel of (2) on a float-stored design: bit for bit the exact step where
 * every operation is exact, bit for bit the same iterates for one and two threads, and within the
 * rounding bound {@link LearnerStepErrorBound} of {@link LearnerObjective} (the two-pass
 * implementation, on the same design widened to double) over 400 steps from the paper's
 * initialization through the end of Stage 1.
 */
class FusedLearnerObjectiveTest {

  /**
   * Hand-worked: n = d = 1, X = 1, y = 1, lambda = 1, w = u = 1, v = 0: r = -1, g = -1; after the
   * step with eta = 1/2, {@code (w, u, v) = (2, 0, 1/2)}, beta = 9/2, loss {@code (7/2)^2 / 2}.
   */
  @Test
  @Verifies("ZG:eq-2")
  void handWorkedStep() {
    FusedLearnerObjective objective = new FusedLearnerObjective(
        new FloatDesign(new float[][] {{1}}, 1), new double[] {1}, 1, 1, 1);
    double[] theta = {1, 1, 0};
    assertThat(objective.loss(theta)).isEqualTo(0.5);
    double[] gradient = new double[3];
    objective.gradient(theta, gradient);
    assertThat(gradient).containsExactly(-2, 2, -1);
    objective.descend(theta, 0.5);
    assertThat(theta).containsExactly(2, 0, 0.5);
    // beta = 0.5 + (4 - 0) = 4.5, r = 3.5: the residual left by the fused pass
    assertThat(objective.loss(theta)).isEqualTo(6.125);
  }

  /**
   * On the dyadic family of {@link LearnerObjectiveTest} (small integer X, quarters, n a power of
   * two) every operation is exact, so the fused step must equal the exact rational step of (2).
   */
  @Test
  @Verifies("ZG:eq-2")
  void oneFusedStepEqualsTheExactStepOnDyadicInstances() {
    SeededDraws draws = new SeededDraws(12);
    int compared = 0;
    for (int trial = 0; trial < 200; trial++) {
      LearnerInstance instance = LearnerFamilies.arbitraryState().draw(draws);
      LearnerData data = instance.data();
      int n = data.samples();
      if (n == 3) {
        continue;
      }
      compared++;
      int d = data.dimension();
      float[][] columns = new float[d][n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < d; k++) {
          columns[k][i] = (float) data.x()[i][k].doubleValue();
        }
      }
      FusedLearnerObjective objective = new FusedLearnerObjective(new FloatDesign(columns, n),
          toDouble(data.labels()), data.lambda().doubleValue(), 1 + trial % 3, 1);
      double[] theta = concat(instance.start());
      assertThat(objective.loss(theta)).isEqualTo(data.loss(instance.start()).doubleValue());
      objective.descend(theta, instance.eta().doubleValue());
      assertThat(theta).containsExactly(concat(instance.trajectory().get(1)));
    }
    assertThat(compared).isPositive();
  }

  /** Two threads give the same iterates as one, bit for bit, for several part counts. */
  @Test
  void iteratesDoNotDependOnTheThreadCount() {
    Problem problem = Problem.gaussian(3, 37, 203);
    for (int parts : new int[] {2, 3, 5}) {
      TrainingResult one = problem.run(parts, 1, 300);
      TrainingResult two = problem.run(parts, 2, 300);
      assertThat(two.theta()).containsExactly(one.theta());
      assertThat(two.finalLoss()).isEqualTo(one.finalLoss());
      assertThat(one.steps()).isEqualTo(300);
    }
  }

  /**
   * The residual the fused pass leaves for the next loss equals, bit for bit, the one a fresh
   * residual pass computes at the same iterate (the cache cannot change a trajectory).
   */
  @Test
  void cachedResidualEqualsAFreshPass() {
    Problem problem = Problem.gaussian(4, 29, 97);
    TrainingResult result = problem.run(3, 2, 120);
    FusedLearnerObjective fresh = problem.kernel(3, 1);
    assertThat(fresh.loss(result.theta())).isEqualTo(result.finalLoss());
  }

  /**
   * 400 steps of the fused kernel against {@link LearnerObjective} on the same design, through
   * Stage 1 (alpha = 1e-4, the paper's lambda, eta = 2e-5). At every step: the fused step from
   * the reference iterate is componentwise within {@code STEP_SECOND_ORDER} times the sum of the
   * two implementations' bounds {@link LearnerStepErrorBound#oneStep}; the two trajectories stay
   * within {@code STEP_SECOND_ORDER B_t}, {@code B_{t+1} = K_t B_t + ||e_t||_2} with the factor
   * {@link LearnerStepErrorBound#lipschitzFactor} (whose condition must hold: finite).
   */
  @Test
  @Verifies("ZG:eq-2")
  void fusedTrajectoryStaysWithinTheRoundingBoundOfLearnerObjective() {
    Problem problem = Problem.gaussian(5, 40, 200);
    int parts = 3;
    double eta = 2e-5;
    int d = problem.design.dimension();
    int n = problem.design.samples();
    LearnerObjective reference = new LearnerObjective(problem.design.rowMajor(), problem.labels,
        n, d, problem.lambda);
    FusedLearnerObjective fused = problem.kernel(parts, 2);
    FusedLearnerObjective probe = problem.kernel(parts, 1);
    double spectral = LearnerStepErrorBound.spectralNormSquaredBound(problem.design);
    double[] thetaReference = LearnerObjective.initialParameters(d, 1e-4);
    double[] thetaFused = thetaReference.clone();
    double bound = 0;
    double initialLoss = reference.loss(thetaReference);
    for (int t = 0; t < 400; t++) {
      reference.loss(thetaReference);
      fused.loss(thetaFused);
      double[] fromReference = thetaReference.clone();
      probe.loss(fromReference);
      probe.descend(fromReference, eta);
      double[] g = probe.lastCorrelations();
      double[] errorFused = LearnerStepErrorBound.oneStep(problem.design, problem.labels,
          problem.lambda, eta, parts, thetaReference);
      double[] errorReference = LearnerStepErrorBound.oneStep(problem.design, problem.labels,
          problem.lambda, eta, 4, thetaReference);
      double factor = LearnerStepErrorBound.lipschitzFactor(problem.lambda, eta, thetaReference, g,
          spectral, n);
      assertThat(factor).isFinite();
      reference.descend(thetaReference, eta);
      fused.descend(thetaFused, eta);
      double stepBound = 0;
      for (int k = 0; k < 3 * d; k++) {
        double e = errorFused[k] + errorReference[k];
        stepBound += e * e;
        assertThat(Math.abs(fromReference[k] - thetaReference[k]))
            .isLessThanOrEqualTo(ZgTolerances.STEP_SECOND_ORDER * e);
      }
      bound = factor * bound + Math.sqrt(stepBound);
      double distance = distance(thetaFused, thetaReference);
      assertThat(distance).isLessThanOrEqualTo(ZgTolerances.STEP_SECOND_ORDER * bound);
    }
    double finalLoss = reference.loss(thetaReference);
    double signal = problem.lambda * (thetaReference[0] * thetaReference[0]
        - thetaReference[d] * thetaReference[d]);
    assertThat(finalLoss).isLessThan(initialLoss / 10);
    assertThat(signal).isGreaterThan(0.5 / Math.sqrt(3));
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += (a[k] - b[k]) * (a[k] - b[k]);
    }
    return Math.sqrt(s);
  }

  private static double[] toDouble(BigRational[] v) {
    double[] out = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = v[k].doubleValue();
    }
    return out;
  }

  private static double[] concat(LearnerState state) {
    int d = state.dimension();
    double[] out = new double[3 * d];
    BigRational[][] blocks = {state.w(), state.u(), state.v()};
    for (int b = 0; b < 3; b++) {
      for (int k = 0; k < d; k++) {
        out[b * d + k] = blocks[b][k].doubleValue();
      }
    }
    return out;
  }

  /**
   * A Figure-2-type problem: counter-based Gaussian float design, beta* = (1, -1, 1, 0, ...) /
   * sqrt 3, sigma = 0.1, the paper's lambda of Appendix E.
   */
  static final class Problem {
    final FloatDesign design;
    final double[] labels;
    final double lambda;

    private Problem(FloatDesign design, double[] labels, double lambda) {
      this.design = design;
      this.labels = labels;
      this.lambda = lambda;
    }

    static Problem gaussian(long seed, int n, int d) {
      FloatDesign design = FloatDesign.gaussian(seed, n, d, 1);
      double[] betaStar = new double[d];
      betaStar[0] = 1 / Math.sqrt(3);
      betaStar[1] = -1 / Math.sqrt(3);
      betaStar[2] = 1 / Math.sqrt(3);
      double[] labels = design.times(betaStar);
      for (int i = 0; i < n; i++) {
        labels[i] += 0.1 * FloatDesign.standardNormal(seed, -1, i);
      }
      double lambda = 100.0 * d / (0.1 * n * Math.log(n)
          * (Math.sqrt(Math.log(d) / n) + Math.sqrt((double) n / d)));
      return new Problem(design, labels, lambda);
    }

    FusedLearnerObjective kernel(int parts, int threads) {
      return new FusedLearnerObjective(design, labels, lambda, parts, threads);
    }

    TrainingResult run(int parts, int threads, long steps) {
      return GradientDescent.run(kernel(parts, threads),
          LearnerObjective.initialParameters(design.dimension(), 1e-4),
          new TrainingSettings(t -> 2e-5, Double.MIN_VALUE, steps));
    }
  }
}
