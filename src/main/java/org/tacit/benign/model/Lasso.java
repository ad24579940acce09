package org.tacit.benign.model;

/**
 * The Lasso {@code min_beta (1/2n) ||y - X beta||^2 + lambda ||beta||_1} (the objective of
 * scikit-learn's {@code Lasso} without intercept, used by the paper's hybrid interpolation,
 * Appendix E) by cyclic coordinate descent with soft thresholding on flat arrays.
 *
 * <p>Update of coordinate j with residual {@code rho = y - X beta}: {@code z_j = x_j^T rho +
 * ||x_j||^2 beta_j}, {@code beta_j+ = S(z_j, n lambda) / ||x_j||^2} with
 * {@code S(z, t) = sign(z) max(|z| - t, 0)}, then {@code rho -= x_j (beta_j+ - beta_j)}. Every
 * sweep is followed by the certificate ({@link LassoCertificate}); the loop stops when the
 * duality gap is at most {@link ZgTolerances#LASSO_RELATIVE_GAP} times the primal objective, or
 * after {@code maxSweeps} sweeps (then {@link LassoSolution#certificate()} says it is not
 * certified). Columns of X that are zero keep {@code beta_j = 0}.
 *
 * <p>Cost: O(n d) per sweep plus a column-major copy of X.
 *
 * <p>Spec: the Lasso of {@code ZG:fig-2} (step 1 of the hybrid interpolation).
 */
public final class Lasso {

  private Lasso() {}

  /** Solves from {@code start} (warm start, length d) for row-major {@code X} ({@code n x d}). */
  public static LassoSolution solve(double[] x, int n, int d, double[] y, double lambda,
      double[] start, int maxSweeps) {
    if (x.length != n * d || y.length != n || start.length != d) {
      throw new IllegalArgumentException("X must be n x d, y of length n, start of length d");
    }
    if (!(lambda > 0) || maxSweeps < 1) {
      throw new IllegalArgumentException("need lambda > 0 and maxSweeps >= 1");
    }
    double[] columns = new double[n * d];
    double[] squaredNorms = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = x[i * d + j];
        columns[j * n + i] = v;
        squaredNorms[j] += v * v;
      }
    }
    double[] beta = start.clone();
    double[] rho = y.clone();
    for (int j = 0; j < d; j++) {
      if (beta[j] != 0) {
        for (int i = 0; i < n; i++) {
          rho[i] -= columns[j * n + i] * beta[j];
        }
      }
    }
    double threshold = n * lambda;
    LassoCertificate certificate = LassoCertificate.of(x, n, d, y, lambda, beta);
    int sweeps = 0;
    while (!certificate.certified() && sweeps < maxSweeps) {
      for (int j = 0; j < d; j++) {
        if (squaredNorms[j] == 0) {
          beta[j] = 0;
          continue;
        }
        int offset = j * n;
        double z = 0;
        for (int i = 0; i < n; i++) {
          z += columns[offset + i] * rho[i];
        }
        z += squaredNorms[j] * beta[j];
        double updated = Math.signum(z) * Math.max(Math.abs(z) - threshold, 0) / squaredNorms[j];
        double change = updated - beta[j];
        if (change != 0) {
          for (int i = 0; i < n; i++) {
            rho[i] -= columns[offset + i] * change;
          }
          beta[j] = updated;
        }
      }
      sweeps++;
      certificate = LassoCertificate.of(x, n, d, y, lambda, beta);
    }
    return new LassoSolution(beta, lambda, certificate, sweeps);
  }

  /** Solves from 0. */
  public static LassoSolution solve(double[] x, int n, int d, double[] y, double lambda,
      int maxSweeps) {
    return solve(x, n, d, y, lambda, new double[d], maxSweeps);
  }
}
