package org.tacit.benign.model;

import static org.tacit.linalg.FloatingPoint.UNIT_ROUNDOFF;

import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.Vectors;

/**
 * The limit of gradient flow on a reparametrized linear model (model (1) or the baseline
 * {@code w o w - u o u}) from the paper's initialization, as the minimizer of
 * {@code sum_i Phi(beta_i)} subject to {@code X beta = y} (ZG-DER-MIRROR, proved in
 * {@code proofs-notes/ZG/gradient-flow.md}), computed by damped Newton on the n-dimensional dual
 * {@code F(mu) = sum_j Phi*((X^T mu)_j) - y^T mu}: {@code grad F = X phi(X^T mu) - y} (the residual
 * of {@code beta = phi(X^T mu)}), {@code hess F = X diag(phi'(X^T mu)) X^T}.
 *
 * <p>Method: Newton direction from the diagonally equilibrated Hessian (Cholesky, with a growing
 * ridge if rounding breaks positive definiteness); backtracking from the full step, accepting a
 * step that is finite and satisfies Armijo's condition either for {@code F} (the difference
 * {@code F(mu') - F(mu)} formed term by term) or for {@code ||grad F||} (the Newton direction is a
 * descent direction of both; the second drives the final phase where changes of F fall below its
 * resolution). Hessian terms {@code phi''} below {@code u} times their scale (c, or the largest
 * term when {@code c = 0}) are dropped: they change the direction only, not the fixed point, whose
 * residual is always evaluated in full. For {@code c = 0} and small {@code alpha} (the dual is
 * then flat near 0 and exponentially steep away from it) the solve follows a continuation in
 * {@code alpha}: {@code alpha = 1, 1e-2, 1e-4, ...}, each stage warm-started from the previous one
 * with {@code mu} scaled by the ratio of the {@code log(1/alpha)}.
 *
 * <p>Contract: {@code X} row-major {@code n x d} with full row rank (otherwise Newton fails with
 * {@link IllegalArgumentException}); arrays are not modified. Cost per Newton iteration
 * {@code O(n d + n^2 a + n^3)} with {@code a} the number of kept Hessian terms ({@code a <= d}),
 * plus {@code O(n^2 d)} once for {@code X X^T} when {@code c > 0}. Deterministic.
 *
 * <p>Spec: {@code ZG:rem-1.4} (model (1)), {@code ZG:rem-1.1} (baseline, small and large alpha).
 */
public final class MirrorFlowLimit {

  private static final double ARMIJO = 1e-4;
  private static final int MAX_HALVINGS = 80;
  private static final int MAX_ITERATIONS = 400;
  private static final double CONTINUATION_FACTOR = Math.log(100);

  private final double[] x;
  private final int n;
  private final int d;
  private final double[] y;
  private final double[] gram;

  private MirrorFlowLimit(double[] x, int n, int d, double[] y, boolean needsGram) {
    if (x.length != n * d || y.length != n || n < 1 || d < 1) {
      throw new IllegalArgumentException("inconsistent shapes");
    }
    this.x = x;
    this.n = n;
    this.d = d;
    this.y = y;
    this.gram = needsGram ? MinimumNormInterpolator.gram(x, n, d) : new double[0];
  }

  /** The gradient-flow limit for {@code link} on {@code X beta = y}, from {@code mu = 0}. */
  public static MirrorFlowSolution solve(double[] x, int n, int d, double[] y, MirrorLink link) {
    MirrorFlowLimit solver = new MirrorFlowLimit(x, n, d, y, link.linear() > 0);
    if (link.linear() > 0 || link.logAlpha() >= 0) {
      return solver.newton(link, new double[n]);
    }
    double logAlpha = 0;
    double[] mu = new double[n];
    MirrorFlowSolution stage = solver.newton(new MirrorLink(0, link.kappa(), 0), mu);
    while (logAlpha > link.logAlpha()) {
      double next = Math.max(link.logAlpha(), logAlpha - CONTINUATION_FACTOR);
      double[] start = stage.multiplier();
      if (logAlpha < 0) {
        for (int i = 0; i < n; i++) {
          start[i] *= next / logAlpha;
        }
      }
      stage = solver.newton(new MirrorLink(0, link.kappa(), next), start);
      logAlpha = next;
    }
    return stage;
  }

  private MirrorFlowSolution newton(MirrorLink link, double[] mu0) {
    double[] mu = mu0.clone();
    double[] z = new double[d];
    double[] beta = new double[d];
    double[] r = new double[n];
    evaluate(link, mu, z, beta, r);
    double residual = Vectors.norm(r);
    int iteration = 0;
    while (true) {
      double scale = residualScale(beta);
      double relative = ZgTolerances.flowLimitResidual(d, maxExponent(link, z));
      double target = relative * scale;
      if (residual <= target || iteration >= MAX_ITERATIONS) {
        double correction = correctionNorm(link, z, r);
        return new MirrorFlowSolution(beta, mu, iteration, residual <= target, residual, scale,
            relative, correction);
      }
      double[] direction = newtonDirection(link, z, r);
      double slope = Vectors.dot(r, direction);
      double conjugateSum = conjugateSum(link, z) - Vectors.dot(y, mu);
      double t = 1;
      boolean accepted = false;
      double[] trialMu = new double[n];
      double[] trialZ = new double[d];
      double[] trialBeta = new double[d];
      double[] trialR = new double[n];
      double trialResidual = residual;
      for (int halving = 0; halving <= MAX_HALVINGS && !accepted; halving++) {
        for (int i = 0; i < n; i++) {
          trialMu[i] = mu[i] + t * direction[i];
        }
        evaluate(link, trialMu, trialZ, trialBeta, trialR);
        trialResidual = Vectors.norm(trialR);
        double change = conjugateDifference(link, z, trialZ) - t * Vectors.dot(y, direction);
        boolean finite = Double.isFinite(trialResidual) && Double.isFinite(change);
        boolean dualDecrease = change <= ARMIJO * t * slope && change < 0
            && Math.abs(change) > UNIT_ROUNDOFF * Math.abs(conjugateSum);
        boolean residualDecrease = trialResidual <= (1 - ARMIJO * t) * residual;
        accepted = finite && (dualDecrease || residualDecrease);
        if (!accepted) {
          t *= 0.5;
        }
      }
      iteration++;
      if (!accepted) {
        double correction = correctionNorm(link, z, r);
        return new MirrorFlowSolution(beta, mu, iteration, residual <= target, residual, scale,
            relative, correction);
      }
      mu = trialMu;
      z = trialZ;
      beta = trialBeta;
      r = trialR;
      residual = trialResidual;
    }
  }

  /** {@code z = X^T mu}, {@code beta = phi(z)}, {@code r = X beta - y}. */
  private void evaluate(MirrorLink link, double[] mu, double[] z, double[] beta, double[] r) {
    DenseKernels.transposeTimes(x, n, d, mu, 1.0, z);
    for (int j = 0; j < d; j++) {
      beta[j] = link.phi(z[j]);
    }
    DenseKernels.times(x, n, d, beta, r);
    for (int i = 0; i < n; i++) {
      r[i] -= y[i];
    }
  }

  /** {@code || |X| |beta| ||_2 + ||y||_2}, the scale of the rounding of the residual. */
  private double residualScale(double[] beta) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        s += Math.abs(x[i * d + j] * beta[j]);
      }
      sum += s * s;
    }
    return Math.sqrt(sum) + Vectors.norm(y);
  }

  private static double maxExponent(MirrorLink link, double[] z) {
    double max = 0;
    for (double zj : z) {
      max = Math.max(max, 4 * link.kappa() * Math.abs(zj));
    }
    return max + 2 * Math.abs(link.logAlpha());
  }

  private static double conjugateSum(MirrorLink link, double[] z) {
    double s = 0;
    for (double zj : z) {
      s += link.conjugate(zj);
    }
    return s;
  }

  private static double conjugateDifference(MirrorLink link, double[] z, double[] trial) {
    double s = 0;
    for (int j = 0; j < z.length; j++) {
      s += link.conjugate(trial[j]) - link.conjugate(z[j]);
    }
    return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
  }

  /** The Newton direction {@code -(X D X^T)^{-1} r}, {@code D = diag(phi'(z))}. */
  private double[] newtonDirection(MirrorLink link, double[] z, double[] r) {
    double[] h = hessian(link, z);
    double[] equilibration = new double[n];
    for (int i = 0; i < n; i++) {
      equilibration[i] = 1 / Math.sqrt(h[i * n + i]);
    }
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < n; l++) {
        h[i * n + l] *= equilibration[i] * equilibration[l];
      }
    }
    double[] rhs = new double[n];
    for (int i = 0; i < n; i++) {
      rhs[i] = -r[i] * equilibration[i];
    }
    double[] solution = solveWithRidge(h, rhs);
    for (int i = 0; i < n; i++) {
      solution[i] *= equilibration[i];
    }
    return solution;
  }

  private double[] solveWithRidge(double[] h, double[] rhs) {
    double ridge = 0;
    while (true) {
      double[] shifted = h.clone();
      for (int i = 0; i < n; i++) {
        shifted[i * n + i] += ridge;
      }
      try {
        return MinimumNormInterpolator.choleskySolve(MinimumNormInterpolator.cholesky(shifted, n),
            n, rhs);
      } catch (IllegalArgumentException notPositive) {
        ridge = ridge == 0 ? 1e3 * UNIT_ROUNDOFF : ridge * 100;
        if (ridge > 1) {
          throw new IllegalArgumentException("X D X^T is not positive definite: X must have full"
              + " row rank", notPositive);
        }
      }
    }
  }

  /** {@code X diag(phi'(z)) X^T}, dropping hyperbolic terms below u times their scale. */
  private double[] hessian(MirrorLink link, double[] z) {
    double[] curvature = new double[d];
    double largest = 0;
    for (int j = 0; j < d; j++) {
      curvature[j] = link.curvature(z[j]);
      largest = Math.max(largest, curvature[j]);
    }
    double cutoff = UNIT_ROUNDOFF * (link.linear() > 0 ? link.linear() : largest);
    int kept = 0;
    int[] active = new int[d];
    for (int j = 0; j < d; j++) {
      if (curvature[j] > cutoff) {
        active[kept++] = j;
      }
    }
    double[] h = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l <= i; l++) {
        double s = link.linear() > 0 ? link.linear() * gram[i * n + l] : 0;
        int ri = i * d;
        int rl = l * d;
        for (int p = 0; p < kept; p++) {
          int j = active[p];
          s += x[ri + j] * curvature[j] * x[rl + j];
        }
        h[i * n + l] = s;
        h[l * n + i] = s;
      }
    }
    return h;
  }

  /** {@code ||D X^T (X D X^T)^{-1} r||_2}: the primal Newton correction. */
  private double correctionNorm(MirrorLink link, double[] z, double[] r) {
    if (!(Vectors.norm(r) > 0)) {
      return 0;
    }
    double[] direction = newtonDirection(link, z, r);
    double[] step = new double[d];
    DenseKernels.transposeTimes(x, n, d, direction, 1.0, step);
    for (int j = 0; j < d; j++) {
      step[j] *= link.derivative(z[j]);
    }
    return Vectors.norm(step);
  }
}
