package org.tacit.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.StabilityFamilies;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.verify.SeededDraws;

/** Lanczos lambda_max against the dense symmetric eigensolver. */
class LanczosLambdaMaxTest {

  /**
   * Agreement to 1e-9 relative to the spectral radius, {@code 1000} times the Lanczos stopping
   * tolerance {@link LinalgTolerances#LANCZOS}: Lanczos stops when the residual bound is 1e-12 of
   * the Ritz value (a bound on its distance to some eigenvalue), and the dense solver is backward
   * stable to about {@code n eps}; the factor 1000 covers a top Ritz value converging to the top
   * eigenvalue of a cluster (the residual bound then bounds the distance to the cluster only).
   */
  private static final double AGREEMENT = 1e3 * LinalgTolerances.LANCZOS;

  @Test
  @Verifies("NRSS:eq-21")
  void agreesWithTheDenseSolverOnHessiansAtAndAwayFromSolutions() {
    SeededDraws draws = new SeededDraws(77);
    for (int k = 0; k < 60; k++) {
      SolutionInstance instance = k % 2 == 0 ? StabilityFamilies.depth(2, 5).draw(draws)
          : StabilityFamilies.uv().draw(draws);
      double[] theta = instance.theta().clone();
      if (k % 3 == 0) {
        for (int a = 0; a < theta.length; a++) {
          theta[a] += 0.3 * draws.gaussian();
        }
      }
      SquaredLoss loss = instance.loss();
      double[] hessian = loss.hessian(theta);
      int size = theta.length;
      double dense = SymmetricEigen.lambdaMax(hessian, size);
      double radius = 0;
      for (double v : hessian) {
        radius = Math.max(radius, Math.abs(v));
      }
      radius *= size;
      LanczosLambdaMax.Result result = LanczosLambdaMax.compute(loss.hessianOperator(theta), 500,
          LinalgTolerances.LANCZOS);
      assertThat(result.converged()).isTrue();
      assertThat(result.iterations()).isLessThanOrEqualTo(size);
      assertThat(result.lambdaMax()).isCloseTo(dense, within(AGREEMENT * Math.max(radius, 1e-300)));
    }
  }

  @Test
  void knownSpectrumAndIterationLimit() {
    int n = 50;
    double[] diagonal = new double[n * n];
    for (int k = 0; k < n; k++) {
      diagonal[k * n + k] = k + 1;
    }
    LanczosLambdaMax.Result full = LanczosLambdaMax.compute(SymmetricOperator.dense(diagonal, n),
        n, LinalgTolerances.LANCZOS);
    assertThat(full.lambdaMax()).isCloseTo(50, within(1e-9));
    assertThat(full.converged()).isTrue();
    LanczosLambdaMax.Result truncated = LanczosLambdaMax.compute(
        SymmetricOperator.dense(diagonal, n), 3, LinalgTolerances.LANCZOS);
    assertThat(truncated.converged()).isFalse();
    assertThat(truncated.iterations()).isEqualTo(3);
    assertThat(truncated.lambdaMax()).isLessThan(50);
    assertThat(truncated.residualBound()).isPositive();
  }
}
