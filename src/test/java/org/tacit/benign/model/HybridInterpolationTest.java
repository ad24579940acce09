package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/** Hybrid interpolation: the paper's grid, interpolation certificate, limits and selection. */
class HybridInterpolationTest {

  private static final int SWEEPS = 10_000;

  /** Appendix E: {@code {1/10, 1/5, 1/2, 1, 2, 5, 10} sigma sqrt(ln d / n)}. */
  @Test
  void gridIsThePapers() {
    double base = 0.1 * Math.sqrt(Math.log(400) / 60);
    double[] grid = HybridInterpolation.grid(0.1, 60, 400);
    double[] multipliers = {0.1, 0.2, 0.5, 1, 2, 5, 10};
    assertThat(grid).hasSize(7);
    for (int k = 0; k < 7; k++) {
      assertThat(grid[k]).isEqualTo(multipliers[k] * base);
    }
  }

  /**
   * Gaussian design in the paper's setting (sparse beta* = (1, -1, 1)/sqrt 3, sigma = 0.1): every
   * grid point gives a certified Lasso and an interpolator ({@code X beta_h = y} to
   * {@link ZgTolerances#hybridResidual}); the oracle selection returns the grid point of smallest
   * l2 error along the same warm-started path (recomputed here), and beats the min-l2
   * interpolator of y (whose error is about {@code ||beta*|| sqrt(1 - n/d)}, ZG:rem-1.2).
   */
  @Test
  void interpolatesAndSelectsTheBestGridPoint() {
    Draws draws = new SeededDraws(41);
    int n = 40;
    int d = 300;
    double sigma = 0.1;
    double[] x = gaussian(draws, n * d);
    double[] betaStar = new double[d];
    betaStar[0] = 1 / Math.sqrt(3);
    betaStar[1] = -1 / Math.sqrt(3);
    betaStar[2] = 1 / Math.sqrt(3);
    double[] y = new double[n];
    DenseKernels.times(x, n, d, betaStar, y);
    for (int i = 0; i < n; i++) {
      y[i] += sigma * draws.gaussian();
    }
    double[] grid = HybridInterpolation.grid(sigma, n, d);
    double best = Double.POSITIVE_INFINITY;
    double bestLambda = Double.NaN;
    double[] start = new double[d];
    for (int k = grid.length - 1; k >= 0; k--) {
      HybridSolution fit = HybridInterpolation.fit(x, n, d, y, grid[k], start, SWEEPS);
      assertThat(fit.lasso().certificate().certified()).isTrue();
      assertThat(fit.residualFit().certified(n, d)).isTrue();
      assertThat(fit.interpolates(n, d)).isTrue();
      double error = distance(fit.beta(), betaStar);
      if (error < best) {
        best = error;
        bestLambda = grid[k];
      }
      start = fit.lasso().beta();
    }
    HybridSolution selected = HybridInterpolation.bestOnGrid(x, n, d, y, sigma, betaStar, SWEEPS);
    assertThat(selected.interpolates(n, d)).isTrue();
    assertThat(selected.lasso().lambda()).isEqualTo(bestLambda);
    assertThat(distance(selected.beta(), betaStar)).isEqualTo(best);
    MinimumNormSolution minimumNorm = MinimumNormInterpolator.solve(x, n, d, y);
    assertThat(best).isLessThan(distance(minimumNorm.beta(), betaStar));
  }

  /**
   * Above {@code lambda_max = ||X^T y / n||_inf} the Lasso is 0, so the hybrid interpolator is the
   * min-l2 interpolator of y.
   */
  @Test
  void largePenaltyGivesTheMinimumNormInterpolator() {
    Draws draws = new SeededDraws(42);
    int n = 12;
    int d = 30;
    double[] x = gaussian(draws, n * d);
    double[] y = gaussian(draws, n);
    double[] correlation = new double[d];
    DenseKernels.transposeTimes(x, n, d, y, 1.0 / n, correlation);
    HybridSolution fit = HybridInterpolation.fit(x, n, d, y, 2 * Vectors.maxAbs(correlation),
        new double[d], SWEEPS);
    assertThat(fit.lasso().beta()).containsOnly(0.0);
    assertThat(fit.beta()).containsExactly(MinimumNormInterpolator.solve(x, n, d, y).beta());
  }

  /** A perturbed hybrid interpolator no longer interpolates. */
  @Test
  void perturbedInterpolatorFailsTheResidualCertificate() {
    Draws draws = new SeededDraws(43);
    int n = 10;
    int d = 25;
    double[] x = gaussian(draws, n * d);
    double[] y = gaussian(draws, n);
    HybridSolution fit = HybridInterpolation.fit(x, n, d, y, 0.05, new double[d], SWEEPS);
    assertThat(fit.interpolates(n, d)).isTrue();
    double[] beta = fit.beta();
    beta[0] += 1e-8;
    double[] fitted = new double[n];
    DenseKernels.times(x, n, d, beta, fitted);
    double[] error = new double[n];
    for (int i = 0; i < n; i++) {
      error[i] = fitted[i] - y[i];
    }
    double frobenius = Math.sqrt(Vectors.dot(x, x));
    double scale = frobenius * frobenius * Vectors.norm(fit.residualFit().coefficients())
        + frobenius * Vectors.norm(beta) + Vectors.norm(y);
    HybridSolution perturbed = new HybridSolution(beta, fit.lasso(), fit.residualFit(),
        Vectors.norm(error) / scale);
    assertThat(perturbed.interpolates(n, d)).isFalse();
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }

  private static double[] gaussian(Draws draws, int length) {
    double[] v = new double[length];
    for (int i = 0; i < length; i++) {
      v[i] = draws.gaussian();
    }
    return v;
  }
}
