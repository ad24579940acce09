package org.tacit.benign.model;

import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.Vectors;

/**
 * Hybrid interpolation (Muthukumar et al. 2020, Definition 5), as run in the paper's Appendix E:
 * (1) the Lasso {@code beta_L} with penalty {@code lambda} ({@link Lasso}); (2) the min-l2
 * interpolator of its residual, {@code beta_h = beta_L + X^T (X X^T)^{-1} (y - X beta_L)}, so that
 * {@code X beta_h = y}. The paper's grid is {@code lambda_c = c sigma sqrt(ln d / n)} for
 * {@code c in {1/10, 1/5, 1/2, 1, 2, 5, 10}}, and it keeps "the coefficient with the best test
 * loss": an oracle selection using beta*, which {@link #bestOnGrid} reproduces by the test loss of
 * the hybrid interpolator itself (for x ~ N(0, I) the test loss is
 * {@code (||beta - beta*||^2 + sigma^2) / 2}, so the l2 error decides).
 *
 * <p>Contract: X row-major {@code n x d} of full row rank, {@code n < d} for interpolation to be
 * non-trivial; the natural logarithm is used ({@code log d} in the paper). Cost per lambda: Lasso
 * sweeps plus {@code O(n^2 d + n^3)}.
 *
 * <p>Spec: {@code ZG:fig-2}.
 */
public final class HybridInterpolation {

  /** The multipliers c of the paper's grid (Appendix E). */
  private static final double[] GRID = {0.1, 0.2, 0.5, 1, 2, 5, 10};

  private HybridInterpolation() {}

  /** The paper's grid {@code c sigma sqrt(ln d / n)}, increasing. */
  public static double[] grid(double sigma, int n, int d) {
    double base = sigma * Math.sqrt(Math.log(d) / n);
    double[] lambdas = new double[GRID.length];
    for (int k = 0; k < GRID.length; k++) {
      lambdas[k] = GRID[k] * base;
    }
    return lambdas;
  }

  /** The hybrid interpolator for one Lasso penalty, warm-started at {@code start}. */
  public static HybridSolution fit(double[] x, int n, int d, double[] y, double lambda,
      double[] start, int maxSweeps) {
    LassoSolution lasso = Lasso.solve(x, n, d, y, lambda, start, maxSweeps);
    double[] betaLasso = lasso.beta();
    double[] fitted = new double[n];
    DenseKernels.times(x, n, d, betaLasso, fitted);
    double[] residual = new double[n];
    for (int i = 0; i < n; i++) {
      residual[i] = y[i] - fitted[i];
    }
    MinimumNormSolution residualFit = MinimumNormInterpolator.solve(x, n, d, residual);
    double[] correction = residualFit.beta();
    double[] beta = new double[d];
    for (int j = 0; j < d; j++) {
      beta[j] = betaLasso[j] + correction[j];
    }
    DenseKernels.times(x, n, d, beta, fitted);
    double[] interpolationError = new double[n];
    for (int i = 0; i < n; i++) {
      interpolationError[i] = fitted[i] - y[i];
    }
    double frobenius = Math.sqrt(Vectors.dot(x, x));
    double scale = frobenius * frobenius * Vectors.norm(residualFit.coefficients())
        + frobenius * Vectors.norm(beta) + Vectors.norm(y);
    double error = Vectors.norm(interpolationError);
    return new HybridSolution(beta, lasso, residualFit, scale == 0 ? error : error / scale);
  }

  /**
   * The hybrid interpolator of the grid point with the smallest {@code ||beta_h - beta*||_2}
   * (the paper's oracle selection), solving the Lasso from the largest penalty down with warm
   * starts.
   */
  public static HybridSolution bestOnGrid(double[] x, int n, int d, double[] y, double sigma,
      double[] betaStar, int maxSweeps) {
    double[] lambdas = grid(sigma, n, d);
    double[] start = new double[d];
    HybridSolution best = fit(x, n, d, y, lambdas[lambdas.length - 1], start, maxSweeps);
    double bestError = distance(best.beta(), betaStar);
    start = best.lasso().beta();
    for (int k = lambdas.length - 2; k >= 0; k--) {
      HybridSolution candidate = fit(x, n, d, y, lambdas[k], start, maxSweeps);
      double error = distance(candidate.beta(), betaStar);
      if (error < bestError) {
        best = candidate;
        bestError = error;
      }
      start = candidate.lasso().beta();
    }
    return best;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double t = a[j] - b[j];
      s += t * t;
    }
    return Math.sqrt(s);
  }
}
