package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.FloatingPoint;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * The Lasso by coordinate descent against independent oracles: the soft-thresholding closed
 * form on orthogonal designs, the zero solution above {@code lambda_max}, weak duality against
 * random perturbations, and perturbed solutions failing the certificate.
 */
class LassoTest {

  private static final int SWEEPS = 10_000;

  /** Sylvester-Hadamard 8 x 8 with entries +-1: {@code H^T H = 8 I}. */
  private static double[] hadamardColumns(int n, int d) {
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i * d + j] = Integer.bitCount(i & j) % 2 == 0 ? 1 : -1;
      }
    }
    return x;
  }

  private static double objective(double[] x, int n, int d, double[] y, double lambda,
      double[] beta) {
    double[] fitted = new double[n];
    DenseKernels.times(x, n, d, beta, fitted);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (y[i] - fitted[i]) * (y[i] - fitted[i]);
    }
    double l1 = 0;
    for (double b : beta) {
      l1 += Math.abs(b);
    }
    return s / (2.0 * n) + lambda * l1;
  }

  /**
   * Orthogonal design {@code X^T X = n I}: the minimizer is {@code S(x_j^T y / n, lambda)}
   * coordinatewise. P is 1-strongly convex here, so {@code ||beta - beta*||^2 <= 2 (P(beta) - P*)
   * <= 2 gap}; the computed gap carries an absolute error of about {@code gamma_{n+d} P}, added to
   * the certified {@code LASSO_RELATIVE_GAP P}.
   */
  @Test
  void orthogonalDesignMatchesSoftThresholding() {
    int n = 8;
    int d = 5;
    double[] x = hadamardColumns(n, d);
    Draws draws = new SeededDraws(21);
    for (int trial = 0; trial < 20; trial++) {
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = draws.gaussian();
      }
      double lambda = draws.uniform(0.01, 0.5);
      double[] correlation = new double[d];
      DenseKernels.transposeTimes(x, n, d, y, 1.0 / n, correlation);
      double[] closedForm = new double[d];
      for (int j = 0; j < d; j++) {
        closedForm[j] = Math.signum(correlation[j])
            * Math.max(Math.abs(correlation[j]) - lambda, 0);
      }
      LassoSolution solution = Lasso.solve(x, n, d, y, lambda, SWEEPS);
      LassoCertificate certificate = solution.certificate();
      assertThat(certificate.certified()).isTrue();
      assertThat(certificate.gap()).isLessThanOrEqualTo(
          ZgTolerances.LASSO_RELATIVE_GAP * certificate.primal());
      double gapBound = (ZgTolerances.LASSO_RELATIVE_GAP + FloatingPoint.gamma(n + d))
          * certificate.primal();
      double[] beta = solution.beta();
      double[] difference = new double[d];
      for (int j = 0; j < d; j++) {
        difference[j] = beta[j] - closedForm[j];
      }
      assertThat(Vectors.norm(difference)).isLessThanOrEqualTo(Math.sqrt(2 * gapBound)
          + FloatingPoint.gamma(n + 2) * (Vectors.norm(closedForm) + Vectors.norm(y)));
    }
  }

  /** {@code lambda >= ||X^T y / n||_inf}: 0 is optimal (0 in the subdifferential), exactly. */
  @Test
  void aboveLambdaMaxTheSolutionIsZero() {
    Draws draws = new SeededDraws(22);
    int n = 10;
    int d = 30;
    double[] x = gaussian(draws, n * d);
    double[] y = gaussian(draws, n);
    double[] correlation = new double[d];
    DenseKernels.transposeTimes(x, n, d, y, 1.0 / n, correlation);
    LassoSolution solution = Lasso.solve(x, n, d, y, 1.01 * Vectors.maxAbs(correlation), SWEEPS);
    assertThat(solution.beta()).containsOnly(0.0);
    assertThat(solution.certificate().gap()).isLessThanOrEqualTo(
        FloatingPoint.gamma(n + 2) * solution.certificate().primal());
  }

  /**
   * Gaussian designs with {@code n < d}: certified in the sweep budget; weak duality makes the gap
   * a bound on the suboptimality, so {@code P(beta + h) >= P(beta) - gap} for every h (checked on
   * random h); and the off-support KKT excess is at most {@code sqrt(2 L gap)} with
   * {@code L = lambda_max(X^T X / n)}, because {@code ||X^T X (beta - beta*)/n||^2 <= L (beta -
   * beta*)^T X^T X (beta - beta*)/n <= 2 L (P(beta) - P*)} and {@code |g_j(beta*)| <= lambda}.
   */
  @Test
  void gaussianDesignsAreCertified() {
    Draws draws = new SeededDraws(23);
    for (int trial = 0; trial < 5; trial++) {
      int n = 20 + draws.intBetween(0, 10);
      int d = 2 * n + draws.intBetween(0, 20);
      double[] x = gaussian(draws, n * d);
      double[] y = gaussian(draws, n);
      double lambda = draws.uniform(0.05, 0.3);
      LassoSolution solution = Lasso.solve(x, n, d, y, lambda, SWEEPS);
      LassoCertificate certificate = solution.certificate();
      assertThat(certificate.certified()).isTrue();
      double gapBound = (ZgTolerances.LASSO_RELATIVE_GAP + FloatingPoint.gamma(n + d))
          * certificate.primal();
      double[] beta = solution.beta();
      double p = objective(x, n, d, y, lambda, beta);
      for (int k = 0; k < 50; k++) {
        double[] moved = beta.clone();
        double size = Math.pow(10, -draws.intBetween(1, 6));
        for (int j = 0; j < d; j++) {
          moved[j] += size * draws.gaussian();
        }
        assertThat(objective(x, n, d, y, lambda, moved)).isGreaterThanOrEqualTo(p - gapBound);
      }
      double lipschitz = SymmetricEigen.lambdaMax(MinimumNormInterpolator.gram(
          transpose(x, n, d), d, n), d) / n;
      assertThat(certificate.offSupportExcess()).isLessThanOrEqualTo(
          Math.sqrt(2 * lipschitz * gapBound) + FloatingPoint.gamma(n + 2) * lambda);
    }
  }

  /**
   * One thing broken at a time: moving one support coordinate, or one coordinate off the
   * support, of a certified solution by 1e-2 breaks the certificate (gap and the matching KKT
   * residual).
   */
  @Test
  void perturbedSolutionsFailTheCertificate() {
    Draws draws = new SeededDraws(24);
    int n = 25;
    int d = 60;
    double[] x = gaussian(draws, n * d);
    double[] y = gaussian(draws, n);
    double lambda = 0.1;
    LassoSolution solution = Lasso.solve(x, n, d, y, lambda, SWEEPS);
    assertThat(solution.certificate().certified()).isTrue();
    double[] beta = solution.beta();
    int on = -1;
    int off = -1;
    for (int j = 0; j < d; j++) {
      if (beta[j] != 0 && on < 0) {
        on = j;
      }
      if (beta[j] == 0 && off < 0) {
        off = j;
      }
    }
    assertThat(on).isNotNegative();
    assertThat(off).isNotNegative();
    double[] movedOn = beta.clone();
    movedOn[on] += 1e-2;
    LassoCertificate brokenOn = LassoCertificate.of(x, n, d, y, lambda, movedOn);
    assertThat(brokenOn.certified()).isFalse();
    assertThat(brokenOn.onSupportDeviation())
        .isGreaterThan(100 * solution.certificate().onSupportDeviation());
    double[] movedOff = beta.clone();
    movedOff[off] = 1e-2;
    LassoCertificate brokenOff = LassoCertificate.of(x, n, d, y, lambda, movedOff);
    assertThat(brokenOff.certified()).isFalse();
    assertThat(brokenOff.onSupportDeviation())
        .isGreaterThan(100 * solution.certificate().onSupportDeviation());
  }

  private static double[] gaussian(Draws draws, int length) {
    double[] v = new double[length];
    for (int i = 0; i < length; i++) {
      v[i] = draws.gaussian();
    }
    return v;
  }

  private static double[] transpose(double[] x, int n, int d) {
    double[] t = new double[d * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        t[j * n + i] = x[i * d + j];
      }
    }
    return t;
  }
}
