package org.tacit.bregman;

import static org.tacit.linalg.FloatingPoint.UNIT_ROUNDOFF;
import static org.tacit.linalg.FloatingPoint.gamma;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.Vectors;

/**
 * Damped Newton on the dual of the entropy projection for one reduced system {@code A' x = y'}
 * ({@code m x k}, full row rank), entirely in the log domain.
 *
 * <p>Dual: minimise {@code g(lambda) = sum_i alpha exp(a_i^T lambda) - y'^T lambda}; its gradient
 * is the residual {@code r = A' x(lambda) - y'} and its Hessian {@code H = A' diag(x) A'^T}, with
 * {@code log x_i(lambda) = log alpha + a_i^T lambda}. No x_i is ever formed on its own: every sum
 * over i is scaled by a per-row factor ({@code exp(logx_i - s_j)}), so coordinates far below the
 * double range (alpha = 1e-30, x ~ 1e-330) cause neither underflow nor loss of relative accuracy.
 * The Newton system is solved after symmetric diagonal equilibration ({@code D_j = sqrt(H_jj)}).
 * Line search, after capping the change of log x at {@link BregmanTolerances#LOG_STEP_CAP}: a step
 * is accepted when it satisfies Armijo's condition either for the dual objective g (evaluated
 * as a sum of {@code x_i expm1(change)} terms, which drives the far-from-optimal phase) or for the
 * squared row-relative residual with row weights frozen at the current iterate (the Newton
 * direction is a descent direction for any fixed weighting; this drives the final phase, where
 * changes of g fall below its resolution). lambda, log x and the residuals are kept in
 * double-double / compensated arithmetic, so log x is resolved far below ulp(lambda).
 *
 * <p>Spec: solver for MS {@code rem-I.2}.
 */
final class DualNewton {

  private static final double LN2 = Math.log(2);

  /** Result of a Newton run. */
  record State(double[] lambda, double[] lambdaLow, double[] logX, int iterations, boolean converged,
      double maxRelativeResidual, double decrement) {}

  private final int m;
  private final int k;
  private final double[] a;
  private final double[] logAbsA;
  private final double[] aLow;
  private final double[] y;
  private final double[] yLow;
  private final double logAbsYFloor;
  private final double logAlpha;

  DualNewton(ReducedConstraints reduced, double logAlpha) {
    RationalMatrix rows = reduced.rows();
    this.m = rows.rows();
    this.k = rows.cols();
    this.a = rows.toDoubleRowMajor();
    this.logAbsA = new double[a.length];
    for (int p = 0; p < a.length; p++) {
      logAbsA[p] = Math.log(Math.abs(a[p]));
    }
    this.aLow = new double[a.length];
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < k; i++) {
        aLow[j * k + i] = DoubleDoubleSplit.lowPart(rows.get(j, i), a[j * k + i]);
      }
    }
    BigRational[] rhs = reduced.rightSide();
    this.y = new double[m];
    this.yLow = new double[m];
    for (int j = 0; j < m; j++) {
      y[j] = rhs[j].doubleValue();
      yLow[j] = DoubleDoubleSplit.lowPart(rhs[j], y[j]);
    }
    this.logAbsYFloor = Double.NEGATIVE_INFINITY;
    this.logAlpha = logAlpha;
  }

  int rows() {
    return m;
  }

  /**
   * {@code log alpha + A'^T lambda} for the double-double {@code lambda + lambdaLow}, with a
   * compensated dot product (double-double A', FMA
   * product errors, TwoSum accumulation): the result is within a few roundings of its own
   * magnitude: {@code |error| <= u |log x| + gamma_(2m+4)^2 (|log alpha| + sum |a lambda|)}.
   */
  double[] logX(double[] lambda, double[] lambdaLow) {
    double[] logx = new double[k];
    for (int i = 0; i < k; i++) {
      double sum = logAlpha;
      double compensation = 0;
      for (int j = 0; j < m; j++) {
        double hi = a[j * k + i];
        if (hi == 0) {
          continue;
        }
        double product = hi * lambda[j];
        double productError = Math.fma(hi, lambda[j], -product) + aLow[j * k + i] * lambda[j]
            + hi * lambdaLow[j];
        double t = sum + product;
        double bp = t - sum;
        compensation += (sum - (t - bp)) + (product - bp) + productError;
        sum = t;
      }
      logx[i] = sum + compensation;
    }
    return logx;
  }

  /** Log of each row's magnitude {@code sum_i |a_ji| x_i + |y_j|}. */
  private double[] rowLogWeights(double[] logx) {
    double[] out = new double[m];
    double[] terms = new double[k + 1];
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < k; i++) {
        terms[i] = logAbsA[j * k + i] + logx[i];
      }
      terms[k] = y[j] == 0 ? logAbsYFloor : Math.log(Math.abs(y[j]));
      out[j] = logSumExp(terms);
    }
    return out;
  }

  /**
   * Half the log of each Hessian diagonal entry, {@code log sqrt(sum_i a_ji^2 x_i)}, rounded to a
   * multiple of ln 2 so that the scaling {@code D_j} is a power of two (any positive D is valid).
   */
  double[] halfLogHessianDiagonal(double[] logx) {
    double[] out = new double[m];
    double[] terms = new double[k];
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < k; i++) {
        terms[i] = 2 * logAbsA[j * k + i] + logx[i];
      }
      out[j] = Math.round(0.5 * logSumExp(terms) / LN2) * LN2;
    }
    return out;
  }

  /**
   * {@code r_j 2^(-S_j)} with {@code r = A' x - y'} and {@code S_j = round(scale_j / ln 2)}, in
   * compensated arithmetic: every row sees the same {@code x_i = m_i 2^(E_i)} (mantissa computed
   * once per coordinate, power-of-two scaling exact), A' and y' are double-double, products are
   * split with FMA and sums accumulated with TwoSum, so the residual is accurate to about one
   * rounding of the row's magnitude instead of k roundings plus the rounding of each exponent.
   */
  private double[] scaledResidual(double[] logx, double[] logScale) {
    double[] mantissa = new double[k];
    int[] exponent = new int[k];
    for (int i = 0; i < k; i++) {
      int e = (int) Math.floor(logx[i] / LN2);
      exponent[i] = e;
      mantissa[i] = Math.exp(logx[i] - e * LN2);
    }
    double[] out = new double[m];
    for (int j = 0; j < m; j++) {
      int scale = (int) Math.round(logScale[j] / LN2);
      double sum = 0;
      double compensation = 0;
      for (int i = 0; i < k; i++) {
        double hi = a[j * k + i];
        if (hi == 0) {
          continue;
        }
        double xs = Math.scalb(mantissa[i], exponent[i] - scale);
        double product = hi * xs;
        double productError = Math.fma(hi, xs, -product) + aLow[j * k + i] * xs;
        double t = sum + product;
        double bp = t - sum;
        compensation += (sum - (t - bp)) + (product - bp) + productError;
        sum = t;
      }
      if (y[j] != 0) {
        double minusY = -Math.scalb(y[j], -scale);
        double t = sum + minusY;
        double bp = t - sum;
        compensation += (sum - (t - bp)) + (minusY - bp) - Math.scalb(yLow[j], -scale);
        sum = t;
      }
      out[j] = sum + compensation;
    }
    return out;
  }

  /** {@code D^-1 H D^-1} with {@code D_j = exp(halfLogH_j)}, row-major m x m. */
  double[] scaledHessian(double[] logx, double[] halfLogH) {
    double[] h = new double[m * m];
    for (int j = 0; j < m; j++) {
      for (int l = j; l < m; l++) {
        double s = 0;
        for (int i = 0; i < k; i++) {
          double p = a[j * k + i] * a[l * k + i];
          if (p != 0) {
            s += p * Math.exp(logx[i] - halfLogH[j] - halfLogH[l]);
          }
        }
        h[j * m + l] = s;
        h[l * m + j] = s;
      }
    }
    return h;
  }

  /**
   * The Newton direction for the dual at {@code logx} and its squared decrement
   * {@code b^T H^-1 b} in the scaled variables.
   *
   * @param direction the Newton direction in lambda
   * @param squaredDecrement the squared Newton decrement
   */
  private record NewtonStep(double[] direction, double squaredDecrement) {}

  /** The Newton step at {@code logx} (one scaled Hessian solve, O(m^2 k + m^3)). */
  private NewtonStep newtonStep(double[] logx) {
    double[] halfLogH = halfLogHessianDiagonal(logx);
    for (double v : halfLogH) {
      if (v < 0.5 * BregmanTolerances.LOG_X_RANGE) {
        throw new IllegalArgumentException("a row of the projection lives below exp("
            + BregmanTolerances.LOG_X_RANGE + "): outside the supported double range");
      }
    }
    double[] h = scaledHessian(logx, halfLogH);
    double[] b = scaledResidual(logx, halfLogH);
    for (int j = 0; j < m; j++) {
      b[j] = -b[j];
    }
    double[] z = solveSymmetricPositive(h, b, m);
    double[] direction = new double[m];
    double dec2 = 0;
    for (int j = 0; j < m; j++) {
      direction[j] = z[j] * Math.exp(-halfLogH[j]);
      dec2 += b[j] * z[j];
    }
    return new NewtonStep(direction, dec2);
  }

  /**
   * Runs damped Newton from the double-double {@code lambda0 + lambdaLow0}. lambda is kept in
   * double-double so that log x = log alpha + A'^T lambda resolves changes far below ulp(lambda)
   * (entries of A' can make the terms of the dot product much larger than its value).
   */
  State run(double[] lambda0, double[] lambdaLow0) {
    double[] lambda = lambda0.clone();
    double[] lambdaLow = lambdaLow0.clone();
    double target = BregmanTolerances.RESIDUAL_FLOOR_FACTOR * UNIT_ROUNDOFF;
    double decrement = Double.NaN;
    double previousMaxF = Double.POSITIVE_INFINITY;
    for (int iter = 0; ; iter++) {
      double[] logx = logX(lambda, lambdaLow);
      for (double v : logx) {
        if (!(v > BregmanTolerances.LOG_X_FLOOR) || Double.isInfinite(v)) {
          throw new IllegalArgumentException("the dual diverges (log x = " + v
              + "): no strictly positive feasible point on the support mask");
        }
      }
      double[] logw = rowLogWeights(logx);
      double[] f = scaledResidual(logx, logw);
      double maxF = Vectors.maxAbs(f);
      if (maxF <= target || m == 0
          || (maxF <= BregmanTolerances.STAGNATION_ACCEPT && maxF > 0.5 * previousMaxF)) {
        double finalDecrement = m == 0 ? 0
            : Math.sqrt(Math.max(newtonStep(logx).squaredDecrement(), 0));
        return new State(lambda, lambdaLow, logx, iter, true, maxF, finalDecrement);
      }
      if (iter >= BregmanTolerances.MAX_ITERATIONS) {
        return new State(lambda, lambdaLow, logx, iter, false, maxF, decrement);
      }
      NewtonStep newtonStep = newtonStep(logx);
      double[] direction = newtonStep.direction();
      double dec2 = newtonStep.squaredDecrement();
      decrement = Math.sqrt(Math.max(dec2, 0));
      double largestLogChange = 0;
      for (int i = 0; i < k; i++) {
        double s = 0;
        for (int j = 0; j < m; j++) {
          s += a[j * k + i] * direction[j];
        }
        largestLogChange = Math.max(largestLogChange, Math.abs(s));
      }
      double t = largestLogChange > BregmanTolerances.LOG_STEP_CAP
          ? BregmanTolerances.LOG_STEP_CAP / largestLogChange : 1.0;
      double phi0 = Vectors.dot(f, f);
      double[] trial = new double[m];
      double[] trialLow = new double[m];
      double[] step = new double[m];
      boolean accepted = false;
      for (int halving = 0; halving <= BregmanTolerances.MAX_HALVINGS; halving++) {
        for (int j = 0; j < m; j++) {
          step[j] = t * direction[j];
          trial[j] = lambda[j] + step[j];
          double bp = trial[j] - lambda[j];
          trialLow[j] = lambdaLow[j] + (lambda[j] - (trial[j] - bp)) + (step[j] - bp);
        }
        double[] trialLogX = logX(trial, trialLow);
        double[] ft = scaledResidual(trialLogX, logw);
        double phi = Vectors.dot(ft, ft);
        double dualChange = dualObjectiveChange(logx, trialLogX, step);
        boolean dualDecrease = dualChange < 0
            && dualChange <= -BregmanTolerances.ARMIJO * t * dec2;
        boolean meritDecrease = phi <= (1 - 2 * BregmanTolerances.ARMIJO * t) * phi0 && phi < phi0;
        if (dualDecrease || meritDecrease) {
          accepted = true;
          break;
        }
        t *= 0.5;
      }
      if (!accepted) {
        return new State(lambda, lambdaLow, logx, iter,
            maxF <= BregmanTolerances.STAGNATION_ACCEPT, maxF,
            decrement);
      }
      lambda = trial.clone();
      lambdaLow = trialLow.clone();
      previousMaxF = maxF;
    }
  }

  /**
   * {@code g(trial) - g(lambda)} for the dual {@code g = sum_i x_i - y'^T lambda}, as
   * {@code sum_i x_i expm1(logx'_i - logx_i) - y'^T (trial - lambda)}: no large terms cancel.
   * Coordinates whose x underflows contribute below the resolution of g and are dropped.
   */
  private double dualObjectiveChange(double[] logx, double[] trialLogX, double[] step) {
    double s = 0;
    for (int i = 0; i < k; i++) {
      double xi = Math.exp(logx[i]);
      if (xi != 0) {
        s += xi * Math.expm1(trialLogX[i] - logx[i]);
      }
    }
    for (int j = 0; j < m; j++) {
      s -= y[j] * step[j];
    }
    return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
  }

  /**
   * The certificate at {@code lambda} (derivation in {@link EntropyProjection}): its ingredients
   * and the bound on {@code |log x*_i - logX_i|} per local coordinate, where
   * {@code logX = logX(lambda, lambdaLow)}.
   */
  DualCertificate certify(double[] lambda, double[] lambdaLow) {
    final double u = UNIT_ROUNDOFF;
    double[] logError = new double[k];
    double[] logx = logX(lambda, lambdaLow);
    double[] delta = new double[k];
    double deltaMax = 0;
    for (int i = 0; i < k; i++) {
      double s = Math.abs(logAlpha);
      for (int j = 0; j < m; j++) {
        s += Math.abs(a[j * k + i]) * (Math.abs(lambda[j]) + Math.abs(lambdaLow[j]));
      }
      // compensated dot product (Ogita-Rump-Oishi Dot2): |error| <= u |value| + gamma_n^2 sum|terms|,
      // n <= 2m + 4 products and sums; plus 1 ulp of Math.log(alpha) and the final rounding
      double g = gamma(2 * m + 4);
      delta[i] = (2 * u * Math.abs(logx[i]) + g * g * s + 2 * u * Math.abs(logAlpha) + 2 * u)
          * (1 + gamma(4));
      deltaMax = Math.max(deltaMax, delta[i]);
    }
    if (m == 0) {
      for (int i = 0; i < k; i++) {
        logError[i] = (delta[i] + 4 * u) * (1 + gamma(2));
      }
      return new DualCertificate(0, Double.POSITIVE_INFINITY, 0, 0, 0, 0, logError);
    }
    double[] halfLogH = halfLogHessianDiagonal(logx);
    double maxScale = Vectors.maxAbs(halfLogH) + 2;
    // R_j >= |(D^-1 (A' x^ - y'))_j| for the exact residual at x^_i = exp(logX_i)
    double[] rowBound = new double[m];
    double residualSquares = 0;
    double residualL1 = 0;
    for (int j = 0; j < m; j++) {
      double f = 0;
      double magnitude = 0;
      double expError = 0;
      for (int i = 0; i < k; i++) {
        double aji = a[j * k + i];
        if (aji == 0) {
          continue;
        }
        double exponent = logx[i] - halfLogH[j];
        double term = Math.abs(aji) * Math.exp(exponent);
        f += aji * Math.exp(exponent);
        magnitude += term;
        expError += term * u * (Math.abs(exponent) + 2);
      }
      double yTerm = Math.abs(y[j]) * Math.exp(-halfLogH[j]);
      f -= y[j] * Math.exp(-halfLogH[j]);
      magnitude += yTerm;
      expError += yTerm * u * (Math.abs(halfLogH[j]) + 2);
      rowBound[j] = (Math.abs(f) + gamma(k + 4) * magnitude + expError) * (1 + gamma(k + 4))
          + Double.MIN_NORMAL;
      residualSquares += rowBound[j] * rowBound[j];
      residualL1 += rowBound[j];
    }
    double residual = Math.sqrt(residualSquares) * (1 + gamma(m + 2));
    // the scaled Hessian at x^, an elementwise bound on its rounding error, and mu <= lambda_min
    double[] h = scaledHessian(logx, halfLogH);
    double[] entryError = new double[m * m];
    double entryErrorSquares = 0;
    for (int j = 0; j < m; j++) {
      for (int l = 0; l < m; l++) {
        double err = 0;
        for (int i = 0; i < k; i++) {
          double p = Math.abs(a[j * k + i] * a[l * k + i]);
          if (p != 0) {
            double exponent = logx[i] - halfLogH[j] - halfLogH[l];
            err += p * Math.exp(exponent) * (gamma(k + 4) + u * (Math.abs(exponent) + 2));
          }
        }
        entryError[j * m + l] = err * (1 + gamma(k + 2)) + Double.MIN_NORMAL;
        entryErrorSquares += entryError[j * m + l] * entryError[j * m + l];
      }
    }
    double frobenius = 0;
    for (double v : h) {
      frobenius += v * v;
    }
    frobenius = Math.sqrt(frobenius);
    double mu = (smallestEigenvalue(h, m) - Math.sqrt(entryErrorSquares) * (1 + gamma(m * m))
        - BregmanTolerances.EIGENVALUE_ERROR_FACTOR * m * m * u * frobenius) * (1 - gamma(4));
    if (!(mu > 0)) {
      Arrays.fill(logError, Double.POSITIVE_INFINITY);
      return new DualCertificate(residual, mu, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
          Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, logError);
    }
    double columnRounding = u * maxScale + gamma(2);
    double rho0 = 0;
    double pi = 0;
    for (int c = 0; c < k; c++) {
      double[] column = new double[m];
      for (int j = 0; j < m; j++) {
        column[j] = a[j * k + c] * Math.exp(-halfLogH[j]);
      }
      double[] v = solveSymmetricPositive(h, column, m);
      double resSquares = 0;
      for (int j = 0; j < m; j++) {
        double r = -column[j];
        double abs = Math.abs(column[j]);
        double err = 0;
        for (int l = 0; l < m; l++) {
          r += h[j * m + l] * v[l];
          abs += Math.abs(h[j * m + l] * v[l]);
          err += entryError[j * m + l] * Math.abs(v[l]);
        }
        double bound = Math.abs(r) + gamma(m + 2) * abs + err
            + Math.abs(column[j]) * columnRounding;
        resSquares += bound * bound;
      }
      double resNorm = Math.sqrt(resSquares) * (1 + gamma(m + 2));
      double step = 0;
      for (int j = 0; j < m; j++) {
        step += Math.abs(v[j]) * rowBound[j];
      }
      step = step * (1 + gamma(m + 2)) + resNorm / mu * residual;
      rho0 = Math.max(rho0, step * (1 + gamma(4)));
      double rowSum = 0;
      for (int i = 0; i < k; i++) {
        double p = 0;
        double expMagnitude = 0;
        for (int j = 0; j < m; j++) {
          double aji = a[j * k + i];
          if (aji != 0) {
            double exponent = logx[i] - halfLogH[j];
            p += aji * Math.exp(exponent) * v[j];
            expMagnitude = Math.max(expMagnitude, Math.abs(exponent));
          }
        }
        double pBound = 0;
        for (int j = 0; j < m; j++) {
          double aji = a[j * k + i];
          if (aji != 0) {
            pBound += Math.abs(aji * Math.exp(logx[i] - halfLogH[j]) * v[j]);
          }
        }
        rowSum += Math.abs(p) + pBound * (gamma(m + 4) + u * (expMagnitude + 2))
            + Math.exp(0.5 * logx[i]) * resNorm / Math.sqrt(mu) + Double.MIN_NORMAL;
      }
      pi = Math.max(pi, rowSum * (1 + gamma(k + 4)));
    }
    // fixed point of tau -> rho0 + pi (e^tau expm1(delta) + tau^2 e^tau / 2)
    double growth = Math.expm1(deltaMax) * (1 + gamma(2));
    double tau = 0;
    for (int iter = 0; iter < BregmanTolerances.MAX_RADIUS_ITERATIONS && tau < 1; iter++) {
      tau = rho0 + pi * (Math.exp(tau) * growth + 0.5 * tau * tau * Math.exp(tau));
    }
    tau = tau * (1 + BregmanTolerances.BALL_RADIUS_INFLATION) + Double.MIN_NORMAL;
    double image = (rho0 + pi * (Math.exp(tau) * growth + 0.5 * tau * tau * Math.exp(tau)))
        * (1 + gamma(8));
    double contraction = image / tau;
    if (!(tau < 1 && contraction <= 1)) {
      Arrays.fill(logError, Double.POSITIVE_INFINITY);
      return new DualCertificate(residual, mu, rho0, pi, Double.POSITIVE_INFINITY,
          Double.POSITIVE_INFINITY, logError);
    }
    for (int i = 0; i < k; i++) {
      logError[i] = (delta[i] + tau + 4 * u) * (1 + gamma(3));
    }
    return new DualCertificate(residual, mu, rho0, pi, contraction, tau, logError);
  }

  private static double smallestEigenvalue(double[] h, int m) {
    return SymmetricEigen.eigenvalues(h, m)[0];
  }

  /**
   * Solves {@code H z = b} for symmetric positive definite H by Cholesky; when rounding makes a
   * pivot non-positive, retries with a growing ridge {@code tau I} (a Levenberg step, still a
   * descent direction).
   */
  static double[] solveSymmetricPositive(double[] h, double[] b, int m) {
    double ridge = 0;
    while (true) {
      double[] l = new double[m * m];
      boolean ok = true;
      for (int j = 0; j < m && ok; j++) {
        for (int c = 0; c <= j; c++) {
          double s = h[j * m + c] + (j == c ? ridge : 0);
          for (int p = 0; p < c; p++) {
            s -= l[j * m + p] * l[c * m + p];
          }
          if (j == c) {
            if (!(s > 0)) {
              ok = false;
              break;
            }
            l[j * m + j] = Math.sqrt(s);
          } else {
            l[j * m + c] = s / l[c * m + c];
          }
        }
      }
      if (ok) {
        double[] z = new double[m];
        for (int j = 0; j < m; j++) {
          double s = b[j];
          for (int p = 0; p < j; p++) {
            s -= l[j * m + p] * z[p];
          }
          z[j] = s / l[j * m + j];
        }
        for (int j = m - 1; j >= 0; j--) {
          double s = z[j];
          for (int p = j + 1; p < m; p++) {
            s -= l[p * m + j] * z[p];
          }
          z[j] = s / l[j * m + j];
        }
        return z;
      }
      ridge = ridge == 0 ? BregmanTolerances.RIDGE_START : ridge * BregmanTolerances.RIDGE_GROWTH;
      if (ridge > BregmanTolerances.RIDGE_MAX) {
        throw new IllegalStateException("Newton system is not positive definite");
      }
    }
  }

  static double logSumExp(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      max = Math.max(max, x);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double x : v) {
      s += Math.exp(x - max);
    }
    return max + Math.log(s);
  }
}
