package org.tacit.benign.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum-l1 interpolator {@code min ||b||_1 s.t. X b = y} at Figure-2 sizes (d up to 1e5)
 * by ADMM (Boyd et al. 2011, Sec. 6.2): {@code x = P(z - u)} (projection onto {@code X b = y}
 * through the Cholesky factor of {@code K = X X^T}), {@code z = S_{1/rho}(x + u)} (soft
 * threshold), {@code u += x - z}, with over-relaxation {@link #RELAXATION} and a fixed rho
 * ({@link #RHO_SCALE}). Every {@link #CERTIFICATE_INTERVAL} iterations a certificate is formed
 * ({@link BasisPursuitCertificate}):
 * beta = x (feasible up to the projection's rounding) and mu the least-squares solution of
 * {@code X^T mu = rho u} (the multiplier of {@code x = z}, which at the optimum is a
 * subgradient of {@code ||.||_1} in the row space of X), scaled by {@code 1/max(1,
 * ||X^T mu||_inf)} to be dual feasible. It stops when the relative gap is at most
 * {@link ZgTolerances#BASIS_PURSUIT_RELATIVE_GAP} or after {@code maxIterations}. Every
 * {@link #POLISH_INTERVAL} iterations, and at the end, it also polishes: on n columns S (the
 * support of z completed by the largest {@code |rho u_j|}, and separately the n largest
 * {@code |x_j^T mu|} of the best dual point), beta_S from {@code X_S^T X_S beta_S = X_S^T y}, projected onto {@code X b = y} like every ADMM iterate (so both candidates are feasible
 * to the projection's rounding), and mu from {@code X_S^T mu = sign(beta_S)} (least norm); it
 * returns whichever certificate has the smaller gap. When S contains the optimal support the
 * polished gap is at rounding level. Convergence is not guaranteed within {@code maxIterations}:
 * the certificate states what was reached (measured on Figure-2 problems, n = 3 sqrt d: relative
 * gap below 1e-14 within 1500 iterations at d = 500 and 2000, and within 2000 at d = 1e4 (value
 * equal to scipy HiGHS's to 12 digits); 6.6e-4 after 1500 iterations at d = 5000, seed 1).
 *
 * <p>Contract: X of full row rank ({@link IllegalArgumentException} from the Cholesky factor
 * otherwise). Cost: {@code n^2 d} for K once, then 2 passes over X per iteration and 2 more per
 * certificate; memory O(n^2 + d). Deterministic.
 *
 * <p>Spec: the min-l1 baseline of {@code ZG:rem-1.1} and {@code ZG:rem-1.3} ({@code ZG:fig-2}).
 */
public final class BasisPursuitAdmm {

  /**
   * The penalty rho as a multiple of {@code d / ||X^T y||_inf} (held fixed: residual balancing
   * slowed convergence on Figure-2 problems). Chosen on d = 500 and 2000 (n = 3 sqrt d), where
   * 1500 iterations then reach a polished certificate with relative gap below 1e-14.
   */
  public static final double RHO_SCALE = 3.0;

  /** Over-relaxation factor of the z- and u-updates (Boyd et al. 2011, Sec. 3.4.3). */
  public static final double RELAXATION = 1.6;

  /** Iterations between two certificates. */
  public static final int CERTIFICATE_INTERVAL = 10;

  /** Iterations between two polishing attempts (a multiple of {@link #CERTIFICATE_INTERVAL}). */
  public static final int POLISH_INTERVAL = 100;

  private final FloatDesign x;
  private final double[] y;
  private final int n;
  private final int d;
  private final double[] factor;

  /** The problem {@code X b = y}; factors {@code X X^T} (O(n^2 d)). */
  public BasisPursuitAdmm(FloatDesign x, double[] y) {
    if (y.length != x.samples()) {
      throw new IllegalArgumentException("y has length " + y.length);
    }
    this.x = x;
    this.y = y;
    this.n = x.samples();
    this.d = x.dimension();
    this.factor = MinimumNormInterpolator.cholesky(gram(x), n);
  }

  /** Runs ADMM for at most {@code maxIterations}, then polishes; returns the best certificate. */
  public BasisPursuitCertificate solve(int maxIterations) {
    double[] z = new double[d];
    double[] u = new double[d];
    double[] v = new double[d];
    double rho = RHO_SCALE * initialRho();
    BasisPursuitCertificate best = certificate(project(new double[d]), new double[n], 0, false);
    int iteration = 0;
    while (iteration < maxIterations) {
      iteration++;
      for (int j = 0; j < d; j++) {
        v[j] = z[j] - u[j];
      }
      double[] xk = project(v);
      double threshold = 1 / rho;
      for (int j = 0; j < d; j++) {
        double xh = RELAXATION * xk[j] + (1 - RELAXATION) * z[j];
        double s = xh + u[j];
        double zNew = s > threshold ? s - threshold : s < -threshold ? s + threshold : 0.0;
        z[j] = zNew;
        u[j] += xh - zNew;
      }
      if (iteration % CERTIFICATE_INTERVAL == 0 || iteration == maxIterations) {
        BasisPursuitCertificate candidate = certificate(xk, dualEstimate(u, rho), iteration,
            false);
        if (candidate.gap() < best.gap()) {
          best = candidate;
        }
        if (iteration % POLISH_INTERVAL == 0) {
          BasisPursuitCertificate polished = polish(z, u, rho, iteration);
          if (polished.gap() < best.gap()) {
            best = polished;
          }
          BasisPursuitCertificate dualPolished = polishFromDual(best, iteration);
          if (dualPolished.gap() < best.gap()) {
            best = dualPolished;
          }
        }
        if (best.relativeGap() <= ZgTolerances.BASIS_PURSUIT_RELATIVE_GAP) {
          break;
        }
      }
    }
    if (best.relativeGap() <= ZgTolerances.BASIS_PURSUIT_RELATIVE_GAP) {
      return best;
    }
    BasisPursuitCertificate polished = polish(z, u, rho, iteration);
    if (polished.gap() < best.gap()) {
      best = polished;
    }
    BasisPursuitCertificate dualPolished = polishFromDual(best, iteration);
    return dualPolished.gap() < best.gap() ? dualPolished : best;
  }

  /** The certificate of a primal candidate and a dual candidate (scaled to feasibility). */
  BasisPursuitCertificate certificate(double[] beta, double[] mu, int iterations,
      boolean polished) {
    double[] fitted = x.times(beta);
    double residual = 0;
    for (int i = 0; i < n; i++) {
      residual += (fitted[i] - y[i]) * (fitted[i] - y[i]);
    }
    double[] correlations = x.transposeTimes(mu);
    double dualNorm = 0;
    for (double c : correlations) {
      dualNorm = Math.max(dualNorm, Math.abs(c));
    }
    double[] scaled = mu.clone();
    if (dualNorm > 1) {
      scale(scaled, 1 / dualNorm);
      dualNorm = 1;
    }
    double l1 = 0;
    for (double b : beta) {
      l1 += Math.abs(b);
    }
    double value = 0;
    for (int i = 0; i < n; i++) {
      value += y[i] * scaled[i];
    }
    return new BasisPursuitCertificate(beta, scaled, Math.sqrt(residual), dualNorm, l1, value,
        iterations, polished);
  }

  private double initialRho() {
    double[] c = x.transposeTimes(y);
    double max = 0;
    for (double value : c) {
      max = Math.max(max, Math.abs(value));
    }
    return max > 0 ? 1 / (max / d) : 1;
  }

  /** {@code P(v) = v - X^T K^{-1} (X v - y)}. */
  private double[] project(double[] v) {
    double[] fitted = x.times(v);
    for (int i = 0; i < n; i++) {
      fitted[i] -= y[i];
    }
    double[] c = MinimumNormInterpolator.choleskySolve(factor, n, fitted);
    double[] correction = x.transposeTimes(c);
    double[] out = new double[d];
    for (int j = 0; j < d; j++) {
      out[j] = v[j] - correction[j];
    }
    return out;
  }

  /** Least-squares {@code mu} with {@code X^T mu ~ rho u}: {@code K^{-1} X (rho u)}. */
  private double[] dualEstimate(double[] u, double rho) {
    double[] scaledU = u.clone();
    scale(scaledU, rho);
    return MinimumNormInterpolator.choleskySolve(factor, n, x.times(scaledU));
  }

  /**
   * The support solve on the n columns ranked first by {@code |z_j|} (nonzero first) and then by
   * {@code |rho u_j|} (the estimate of {@code |x_j^T mu|}, which is 1 on the optimal support).
   */
  private BasisPursuitCertificate polish(double[] z, double[] u, double rho, int iterations) {
    double[] key = new double[d];
    for (int j = 0; j < d; j++) {
      key[j] = z[j] != 0 ? 2 + Math.abs(z[j]) : Math.abs(rho * u[j]);
    }
    return supportSolve(key, iterations);
  }

  /**
   * The support solve on the n columns with the largest {@code |x_j^T mu|} for the dual point of
   * {@code best} (at the optimum these include the optimal support, where the value is 1).
   */
  private BasisPursuitCertificate polishFromDual(BasisPursuitCertificate best, int iterations) {
    double[] key = x.transposeTimes(best.mu());
    for (int j = 0; j < d; j++) {
      key[j] = Math.abs(key[j]);
    }
    return supportSolve(key, iterations);
  }

  /** The support solve on the n columns of largest key (ties by index). */
  private BasisPursuitCertificate supportSolve(double[] key, int iterations) {
    List<Integer> support = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      support.add(j);
    }
    support.sort((a, b) -> Double.compare(key[b], key[a]) != 0 ? Double.compare(key[b], key[a])
        : Integer.compare(a, b));
    support = new ArrayList<>(support.subList(0, Math.min(n, d)));
    int s = support.size();
    double[] gram = new double[s * s];
    double[] rhs = new double[s];
    for (int a = 0; a < s; a++) {
      float[] ca = x.column(support.get(a));
      for (int b = 0; b <= a; b++) {
        float[] cb = x.column(support.get(b));
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += ca[i] * (double) cb[i];
        }
        gram[a * s + b] = sum;
        gram[b * s + a] = sum;
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += ca[i] * y[i];
      }
      rhs[a] = sum;
    }
    double[] l;
    try {
      l = MinimumNormInterpolator.cholesky(gram, s);
    } catch (IllegalArgumentException singular) {
      return certificate(project(new double[d]), new double[n], iterations, true);
    }
    double[] betaS = MinimumNormInterpolator.choleskySolve(l, s, rhs);
    double[] signs = new double[s];
    double[] beta = new double[d];
    for (int a = 0; a < s; a++) {
      beta[support.get(a)] = betaS[a];
      signs[a] = Math.signum(betaS[a]);
    }
    double[] coefficients = MinimumNormInterpolator.choleskySolve(l, s, signs);
    double[] mu = new double[n];
    for (int a = 0; a < s; a++) {
      float[] ca = x.column(support.get(a));
      double c = coefficients[a];
      for (int i = 0; i < n; i++) {
        mu[i] += ca[i] * c;
      }
    }
    return certificate(project(beta), mu, iterations, true);
  }

  private static double[] gram(FloatDesign x) {
    int n = x.samples();
    int d = x.dimension();
    double[] k = new double[n * n];
    for (int j = 0; j < d; j++) {
      float[] column = x.column(j);
      for (int i = 0; i < n; i++) {
        double xi = column[i];
        if (xi != 0) {
          int row = i * n;
          for (int l = 0; l <= i; l++) {
            k[row + l] += xi * column[l];
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < i; l++) {
        k[l * n + i] = k[i * n + l];
      }
    }
    return k;
  }

  private static void scale(double[] v, double factor) {
    for (int k = 0; k < v.length; k++) {
      v[k] *= factor;
    }
  }
}
