package org.tacit.grokking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;

/**
 * Subgradient descent (1) and its pieces on hand-worked cases whose iterates are exact in binary
 * floating point (dyadic data and steps), so the expected values are the mathematics, bit for bit.
 */
class SubgradientDescentTest {

  @Test
  void withZeroDataItIsTheSignDynamicsAndStopsAtZero() {
    LeastSquaresLoss g = new LeastSquaresLoss(new double[3], 1, 3, new double[1]);
    List<double[]> iterates = new ArrayList<>();
    TrainingResult result = SubgradientDescent.run(g, new L1Norm(3), 1.0, 0.25,
        new double[] {0.75, -0.5, 0}, 100, (t, a, r) -> iterates.add(a.clone()),
        ProgressListener.NONE);
    // a <- a - (1/4) sign(a): 0.75 -> 0.5 -> 0.25 -> 0; -0.5 -> -0.25 -> 0; 0 stays 0 (sign 0 = 0)
    assertThat(iterates.get(1)).containsExactly(0.5, -0.25, 0);
    assertThat(iterates.get(2)).containsExactly(0.25, 0, 0);
    assertThat(result.theta()).containsExactly(0, 0, 0);
    assertThat(result.steps()).isEqualTo(3);
    assertThat(result.converged()).isTrue();
  }

  @Test
  void oneStepIsTheGradientOfHalfTheSquaredResidualPlusWeightDecay() {
    // X = [[1, 2], [0, 1]], y = (1, 1), a = (1, 1): r = X a - y = (2, 0), X^T r = (2, 4);
    // beta = 1/2, H(a) = a: a - (1/8) ((2, 4) + (1/2, 1/2)) = (1 - 5/16, 1 - 9/16)
    LeastSquaresLoss g = new LeastSquaresLoss(new double[] {1, 2, 0, 1}, 2, 2,
        new double[] {1, 1});
    SubgradientDescent method = new SubgradientDescent(g, new HalfSquaredL2Norm(2), 0.5,
        StepObserver.NONE);
    double[] a = {1, 1};
    // f = |r|^2 / 2 + beta |a|^2 / 2 = 2 + 1/2
    assertThat(method.loss(a)).isEqualTo(2.5);
    assertThat(method.update(a, 0, 0.125)).isEmpty();
    assertThat(a).containsExactly(1 - 5.0 / 16, 1 - 9.0 / 16);
  }

  @Test
  void theNuclearSubgradientOfADiagonalMatrixIsItsSupportPattern() {
    NuclearNorm h = new NuclearNorm(3, 3);
    double[] a = {3, 0, 0, 0, -1, 0, 0, 0, 0};
    double[] out = new double[9];
    h.subgradient(a, out);
    // A = diag(3, -1, 0) = U diag(3, 1) V^T with the sign in U: U_r V_r^T = diag(1, -1, 0)
    assertThat(out).containsExactly(1, 0, 0, 0, -1, 0, 0, 0, 0);
    assertThat(h.value(a)).isEqualTo(4.0);
    h.subgradient(new double[9], out);
    assertThat(out).containsOnly(0.0);
  }

  @Test
  void grokkingStepsAreTheFirstIteratesBelowEachThreshold() {
    double[] clean = {1, 0};
    double[] noisy = {1, 0.5};
    GrokkingSteps steps = new GrokkingSteps(noisy, clean, new double[] {2, 0}, 0.25, 0.5);
    // residual X a - y with X a = y* (1 - 1/t) ... the training error against y* is what counts
    steps.observe(0, new double[] {0, 0}, new double[] {-1, -0.5});   // X a = 0: train err 1
    steps.observe(1, new double[] {0, 0}, new double[] {0, -0.5});     // X a = y*: train err 0
    steps.observe(2, new double[] {1.5, 0}, new double[] {0, -0.5});   // recovery err 1/4
    steps.observe(3, new double[] {2, 0}, new double[] {0, -0.5});
    assertThat(steps.memorizationStep()).hasValue(1);
    assertThat(steps.generalizationStep()).hasValue(2);
    assertThat(steps.lastRecoveryError()).isZero();
    assertThat(GrokkingSteps.noiseless(clean, clean).generalizationStep()).isEmpty();
  }

  @Test
  void mismatchedShapesAndBadParametersAreRefused() {
    LeastSquaresLoss g = new LeastSquaresLoss(new double[4], 2, 2, new double[2]);
    assertThatThrownBy(() -> new SubgradientDescent(g, new L1Norm(3), 1, StepObserver.NONE))
        .hasMessageContaining("g has 2 parameters, h 3");
    assertThatThrownBy(() -> new SubgradientDescent(g, new L1Norm(2), -1, StepObserver.NONE))
        .hasMessageContaining("beta must be finite and >= 0");
    assertThatThrownBy(() -> new LeastSquaresLoss(new double[3], 2, 2, new double[2]))
        .hasMessageContaining("X must be 2 x 2");
    assertThatThrownBy(() -> new LeastSquaresLoss(new double[] {Double.NaN}, 1, 1,
        new double[1])).hasMessageContaining("finite");
    assertThatThrownBy(() -> new NuclearNorm(0, 2)).hasMessageContaining("at least 1 x 1");
    assertThatThrownBy(() -> new GrokkingSteps(new double[1], new double[1], new double[] {1},
        0.1, 0.1)).hasMessageContaining("non-zero");
  }
}
