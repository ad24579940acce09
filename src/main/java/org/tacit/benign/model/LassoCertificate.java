package org.tacit.benign.model;

import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.Vectors;

/**
 * The optimality certificate of a candidate Lasso solution beta for
 * {@code P(beta) = (1/2n) ||y - X beta||^2 + lambda ||beta||_1}.
 *
 * <p>With {@code r = y - X beta} and {@code g = X^T r / n}: the dual point is
 * {@code u = (r/n) min(1, lambda / ||g||_inf)}, feasible for the dual
 * {@code max { D(u) = u^T y - (n/2) ||u||^2 : ||X^T u||_inf <= lambda }}, and
 * {@code gap = P(beta) - D(u)} bounds the suboptimality {@code P(beta) - P*} (weak duality). The
 * KKT residuals of the subgradient condition {@code g in lambda d||beta||_1} are
 * {@code offSupportExcess = max_{beta_j = 0} max(0, |g_j| - lambda)} and
 * {@code onSupportDeviation = max_{beta_j != 0} |g_j - lambda sign(beta_j)|}; both are 0 at the
 * exact minimizer.
 *
 * <p>Spec: the Lasso of {@code ZG:fig-2} (hybrid interpolation, Appendix E).
 *
 * @param primal {@code P(beta)}
 * @param dual {@code D(u)}
 * @param gap {@code P(beta) - D(u)}
 * @param offSupportExcess the KKT residual off the support
 * @param onSupportDeviation the KKT residual on the support
 */
public record LassoCertificate(double primal, double dual, double gap, double offSupportExcess,
    double onSupportDeviation) {

  /** Whether the relative gap meets {@link ZgTolerances#LASSO_RELATIVE_GAP}. */
  public boolean certified() {
    return gap <= ZgTolerances.LASSO_RELATIVE_GAP * primal;
  }

  /**
   * The certificate of beta for the Lasso on row-major {@code X} ({@code n x d}), y and
   * {@code lambda > 0}. Cost O(n d).
   */
  public static LassoCertificate of(double[] x, int n, int d, double[] y, double lambda,
      double[] beta) {
    if (!(lambda > 0)) {
      throw new IllegalArgumentException("lambda must be positive: " + lambda);
    }
    double[] fitted = new double[n];
    DenseKernels.times(x, n, d, beta, fitted);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = y[i] - fitted[i];
    }
    double[] g = new double[d];
    DenseKernels.transposeTimes(x, n, d, r, 1.0 / n, g);
    double l1 = 0;
    double excess = 0;
    double deviation = 0;
    for (int j = 0; j < d; j++) {
      l1 += Math.abs(beta[j]);
      if (beta[j] == 0) {
        excess = Math.max(excess, Math.abs(g[j]) - lambda);
      } else {
        deviation = Math.max(deviation, Math.abs(g[j] - lambda * Math.signum(beta[j])));
      }
    }
    double rr = Vectors.dot(r, r);
    double primal = rr / (2.0 * n) + lambda * l1;
    double gInf = Vectors.maxAbs(g);
    double scale = gInf <= lambda ? 1.0 : lambda / gInf;
    double dual = scale * Vectors.dot(r, y) / n - scale * scale * rr / (2.0 * n);
    return new LassoCertificate(primal, dual, primal - dual, Math.max(0, excess), deviation);
  }
}
