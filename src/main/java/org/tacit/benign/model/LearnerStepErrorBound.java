package org.tacit.benign.model;

/**
 * Rounding-error bounds of the double GD step (2) of the learner (1), for comparing two
 * implementations that sum in different orders ({@link LearnerObjective},
 * {@link FusedLearnerObjective}): a componentwise bound on one computed step against the exact
 * step from the same iterate, and the Lipschitz factor that carries a difference of iterates
 * from one step to the next.
 *
 * <p>One step: with {@code betaBar_k = |v_k| + lambda (|w_k| + |u_k|)^2},
 * {@code rho_i = stepResidualRounding(d, parts) ((|X| betaBar)_i + |y_i|)} bounds the residual's
 * error ({@link ZgTolerances#stepResidualRounding}), {@code eps_k = (1/n) sum_i |x_ik|
 * (stepCorrelationRounding(n) (|r_i| + rho_i) + rho_i)} that of {@code g_k}
 * ({@link ZgTolerances#stepCorrelationRounding}), and the update adds
 * {@link ZgTolerances#STEP_UPDATE_ROUNDING}: coordinate k of the computed step is within
 * {@code |w_k| (2 eta lambda eps_k + gamma_4 (1 + 2 eta lambda |g_k|))} of the exact one (same
 * for u), and {@code v_k} within {@code eta eps_k + gamma_4 (|v_k| + eta |g_k|)}. First order in
 * the unit roundoff (see {@link ZgTolerances#STEP_SECOND_ORDER}).
 *
 * <p>Propagation: the step map is {@code F = I - eta H} with the Hessian {@code H = J^T (X^T X/n)
 * J + diag(2 lambda g, -2 lambda g, 0)}, {@code J = d beta / d theta}; by Weyl's inequality its
 * eigenvalues lie in {@code [-2 lambda ||g||_inf, lambda_max(A) + 2 lambda ||g||_inf]} with
 * {@code A = J^T X^T X J / n} positive semidefinite, {@code lambda_max(A) <= max_k (1 + 4
 * lambda^2 (w_k^2 + u_k^2)) ||X||_2^2 / n}; so {@code ||I - eta H||_2 <= 1 + 2 eta lambda
 * ||g||_inf} whenever {@code eta lambda_max(A) <= 2}. Two trajectories whose one-step errors are
 * bounded by {@code e_t} (the sum of both implementations' bounds) then stay within {@code B_t},
 * {@code B_{t+1} = K_t B_t + ||e_t||_2}, {@code B_0 = 0} (to first order).
 *
 * <p>Cost: {@link #oneStep} O(n d); {@link #lipschitzFactor} O(d).
 *
 * <p>Spec: {@code ZG:eq-2} (tolerance of the comparison of two implementations).
 */
public final class LearnerStepErrorBound {

  private LearnerStepErrorBound() {}

  /**
   * The componentwise bound (length {@code 3d}, layout {@code (w, u, v)}) on the error of one GD
   * step with step {@code eta} from {@code theta}, for an implementation whose residual sums use
   * {@code parts} partial sums.
   */
  public static double[] oneStep(FloatDesign x, double[] y, double lambda, double eta, int parts,
      double[] theta) {
    int n = x.samples();
    int d = x.dimension();
    double[] beta = new double[d];
    double[] betaBar = new double[d];
    for (int k = 0; k < d; k++) {
      double w = theta[k];
      double u = theta[d + k];
      beta[k] = theta[2 * d + k] + lambda * ((w - u) * (w + u));
      betaBar[k] = Math.abs(theta[2 * d + k]) + lambda * (Math.abs(w) + Math.abs(u))
          * (Math.abs(w) + Math.abs(u));
    }
    double[] residual = x.times(beta);
    double[] absFit = absTimes(x, betaBar);
    double residualRounding = ZgTolerances.stepResidualRounding(d, parts);
    double correlationRounding = ZgTolerances.stepCorrelationRounding(n);
    double[] rho = new double[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      residual[i] -= y[i];
      rho[i] = residualRounding * (absFit[i] + Math.abs(y[i]));
      weight[i] = correlationRounding * (Math.abs(residual[i]) + rho[i]) + rho[i];
    }
    double[] g = x.transposeTimes(residual);
    double[] absWeighted = absTransposeTimes(x, weight);
    double twoEtaLambda = 2 * eta * lambda;
    double gamma = ZgTolerances.STEP_UPDATE_ROUNDING;
    double[] out = new double[3 * d];
    for (int k = 0; k < d; k++) {
      double gk = Math.abs(g[k]) / n;
      double epsilon = absWeighted[k] / n;
      out[k] = Math.abs(theta[k]) * (twoEtaLambda * epsilon + gamma * (1 + twoEtaLambda * gk));
      out[d + k] = Math.abs(theta[d + k])
          * (twoEtaLambda * epsilon + gamma * (1 + twoEtaLambda * gk));
      out[2 * d + k] = eta * epsilon + gamma * (Math.abs(theta[2 * d + k]) + eta * gk);
    }
    return out;
  }

  /**
   * The factor {@code K = 1 + 2 eta lambda ||g||_inf} by which the step from {@code theta} with
   * correlations {@code g} can enlarge a difference of iterates, or {@code +infinity} when the
   * condition {@code eta max_k (1 + 4 lambda^2 (w_k^2 + u_k^2)) spectralNormSquared / n <= 2} fails
   * ({@code spectralNormSquared >= ||X||_2^2}, e.g. from an SVD; the Frobenius norm squared is a
   * valid but looser choice).
   */
  public static double lipschitzFactor(double lambda, double eta, double[] theta, double[] g,
      double spectralNormSquared, int samples) {
    int d = g.length;
    double jacobian = 1;
    double gMax = 0;
    for (int k = 0; k < d; k++) {
      double w = theta[k];
      double u = theta[d + k];
      jacobian = Math.max(jacobian, 1 + 4 * lambda * lambda * (w * w + u * u));
      gMax = Math.max(gMax, Math.abs(g[k]));
    }
    if (eta * jacobian * spectralNormSquared / samples > 2) {
      return Double.POSITIVE_INFINITY;
    }
    return 1 + 2 * eta * lambda * gMax;
  }

  /**
   * An upper bound on {@code ||X||_2^2}: {@code ||X X^T||_inf = max_i sum_l |x_i^T x_l|} (the
   * spectral norm of a symmetric matrix is at most any induced norm), computed in double (relative
   * rounding {@code gamma_d}, first order). O(n^2 d).
   */
  public static double spectralNormSquaredBound(FloatDesign x) {
    int n = x.samples();
    double[] gram = new double[n * n];
    for (int j = 0; j < x.dimension(); j++) {
      float[] column = x.column(j);
      for (int i = 0; i < n; i++) {
        double xi = column[i];
        for (int l = 0; l < n; l++) {
          gram[i * n + l] += xi * column[l];
        }
      }
    }
    double max = 0;
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int l = 0; l < n; l++) {
        row += Math.abs(gram[i * n + l]);
      }
      max = Math.max(max, row);
    }
    return max;
  }

  private static double[] absTimes(FloatDesign x, double[] b) {
    double[] out = new double[x.samples()];
    for (int j = 0; j < x.dimension(); j++) {
      float[] column = x.column(j);
      for (int i = 0; i < out.length; i++) {
        out[i] += Math.abs(column[i]) * b[j];
      }
    }
    return out;
  }

  private static double[] absTransposeTimes(FloatDesign x, double[] r) {
    double[] out = new double[x.dimension()];
    for (int j = 0; j < out.length; j++) {
      float[] column = x.column(j);
      double s = 0;
      for (int i = 0; i < r.length; i++) {
        s += Math.abs(column[i]) * r[i];
      }
      out[j] = s;
    }
    return out;
  }
}
