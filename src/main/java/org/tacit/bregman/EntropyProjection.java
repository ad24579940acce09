package org.tacit.bregman;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.linalg.FloatingPoint;

/**
 * The entropy Bregman projection {@code x_inf(alpha) = argmin { B_E(x, alpha 1) : x >= 0, A x = y }}
 * with {@code E(x) = sum x_i log x_i - x_i}, {@code B_E(x, z) = sum x_i log(x_i / z_i) - x_i + z_i},
 * computed in double precision in the log domain, with a certified error bound.
 *
 * <p><b>Method.</b> (1) Exact preprocessing: restrict to the caller's support mask M and replace
 * {@code A_M x = y} by the nonzero rows of the RREF of {@code [A_M | y]} ({@link
 * ReducedConstraints}): full row rank, same solution set; inconsistency is reported. (2) On M the
 * minimiser is {@code x_i = alpha exp((A'^T lambda)_i)} where lambda minimises the smooth convex
 * dual {@code g(lambda) = alpha sum_i exp(a_i^T lambda) - y'^T lambda}; {@link DualNewton} runs
 * damped Newton on it in the log domain (alpha from 1 down to 1e-300 without underflow). (3)
 * Re-pivoting: the RREF is recomputed with pivots chosen greedily by decreasing x_i (a maximum
 * weight basis), and Newton is resumed from {@code lambda_j = log(x_{p_j} / alpha)}; then every row
 * with a tiny pivot involves only tiny coordinates, so its residual is evaluated with relative
 * accuracy and the equilibrated Hessian stays well conditioned even when x* is a degenerate
 * vertex and alpha is tiny. Repeated until the pivot set is stable; stability is decided from
 * the current reduced rows ({@link ReducedConstraints#pivotsAreGreedyFor}) without a new
 * elimination, and a new RREF is computed only when the pivot set changes (the result is the
 * same as recomputing and comparing the pivot sets, one exact RREF cheaper).
 *
 * <p><b>Certificate</b> (a Kantorovich-type fixed-point argument in the norm
 * {@code ||w||_L = max_i |a_i^T w|}, the largest change of any log x_i; it is a norm because A'
 * has full row rank). Let lambda^ be the final iterate, {@code x^_i = exp(logX_i)} (the returned
 * logs, as exact reals), {@code r = A' x^ - y'}, {@code H = A' diag(x^) A'^T}. The exact
 * dual-parametrised point {@code x~ = alpha exp(A'^T lambda^)} satisfies
 * {@code x~_i = x^_i e^(eta_i)} with {@code |eta_i| <= delta_i} (rounding of the dot product and
 * of log alpha, bounded with Higham's gamma). For a dual step w, with {@code t_i = a_i^T w}:
 * {@code grad g(lambda^ + w) = r + H w + sum_i a_i x^_i psi_i}, where
 * {@code psi_i = e^(eta_i + t_i) - 1 - t_i}, {@code |psi_i| <= e^|t_i| expm1(delta) + t_i^2 e^|t_i| / 2}.
 * So the optimum is a fixed point of {@code Phi(w) = -H^-1 (r + sum_i a_i x^_i psi_i(w))}, and
 * {@code ||Phi(w)||_L <= rho0 + pi (e^tau expm1(delta) + tau^2 e^tau / 2)} on the ball
 * {@code ||w||_L <= tau}, where {@code rho0 = ||H^-1 r||_L} (the log change of one exact Newton
 * step) and {@code pi = max_k sum_i |a_k^T H^-1 a_i| x^_i} (row sums of the oblique projection
 * {@code A'^T H^-1 A' diag(x^)}; this is where the graded structure enters: pi stays O(1) while
 * the Hessian's eigenvalues span many decades). If the right side is at most tau, Phi maps the
 * ball into itself and Brouwer's theorem gives the dual optimum inside it: then
 * {@code |log x*_i - logX_i| <= delta_i + tau} for every i, which is a per-coordinate relative
 * error bound, independent of scale. rho0 and pi are evaluated in the equilibrated coordinates
 * {@code D_j = sqrt(H_jj)} with numerically solved {@code v_k ~ Ht^-1 b_k}; the solve error is
 * bounded rigorously by the residual {@code Ht v_k - b_k} (with its rounding) divided by a lower
 * bound mu on the smallest eigenvalue of Ht (eigenvalue of the computed matrix minus a Weyl
 * bound on its rounding), using {@code |b_i^T Ht^-1 s| <= ||s|| / sqrt(mu x^_i)} since
 * {@code Ht >= x^_i b_i b_i^T}. The argument also proves that a dual optimum exists, i.e. that a
 * strictly positive feasible point exists on M (with the caller's assertion that coordinates
 * outside M vanish for every feasible x, x* is then the projection by the KKT conditions of the
 * convex problem). Validity: the standard floating-point model (each operation exact up to a
 * factor {@code 1 + u}; {@code Math.exp}/{@code Math.log} within 1 ulp; eigenvalues of a symmetric
 * matrix within {@code 10 m^2 u ||H||_F}), every rounding bounded and added.
 *
 * <p>Complexity per Newton iteration: O(m^2 k + m^3) for m independent rows and |M| = k.
 *
 * <p>Spec: MS {@code rem-I.2} (x_inf(alpha)), {@code def-I.3}, {@code def-I.5}; feeds
 * {@code MS:lem-III.2} and {@code MS:lem-III.3ii} checks.
 */
public final class EntropyProjection {

  /** Creates the solver (stateless). */
  public EntropyProjection() {}

  /**
   * Computes {@code x_inf(alpha)} for {@code alpha} in {@code [1e-300, infinity)}. Every support
   * coordinate of the projection must lie above {@code e^-1400 ~ 1e-608}
   * ({@link BregmanTolerances#LOG_X_RANGE}). The result carries a certificate; it is not issued
   * (certified = false, bounds infinite) on some degenerate instances whose coordinates span
   * more than about a hundred decades, where the rounding-error bounds of the certificate's
   * linear algebra (normwise, not componentwise) become too weak; the returned point is then
   * still the converged Newton iterate.
   *
   * @throws IllegalArgumentException if alpha is out of range, if {@code A_M x = y} is
   *     inconsistent, if a coordinate falls below the supported range, or if the dual diverges or
   *     stalls without a certificate (no strictly positive feasible point on the support mask)
   */
  public EntropyProjectionResult solve(EntropyProjectionProblem problem, double alpha) {
    if (!(alpha >= BregmanTolerances.MIN_ALPHA) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and >= "
          + BregmanTolerances.MIN_ALPHA + ", got " + alpha);
    }
    double logAlpha = Math.log(alpha);
    ReducedConstraints reduced = ReducedConstraints.reduce(problem);
    DualNewton newton = new DualNewton(reduced, logAlpha);
    DualNewton.State state = newton.run(new double[reduced.rank()], new double[reduced.rank()]);
    int iterations = state.iterations();
    int phases = 1;
    while (phases < BregmanTolerances.MAX_PHASES) {
      double[] logx = state.logX();
      int[] order = IntStream.range(0, logx.length).boxed()
          .sorted(Comparator.comparingDouble((Integer i) -> -logx[i]))
          .mapToInt(Integer::intValue).toArray();
      if (reduced.pivotsAreGreedyFor(order)) {
        break;
      }
      reduced = ReducedConstraints.reduce(problem, order);
      int[] pivots = reduced.pivots();
      double[] lambda = new double[pivots.length];
      double[] lambdaLow = new double[pivots.length];
      for (int j = 0; j < pivots.length; j++) {
        // exact difference as a double-double (TwoSum)
        double v = logx[pivots[j]];
        lambda[j] = v - logAlpha;
        double bp = lambda[j] - v;
        lambdaLow[j] = (v - (lambda[j] - bp)) + (-logAlpha - bp);
      }
      newton = new DualNewton(reduced, logAlpha);
      state = newton.run(lambda, lambdaLow);
      iterations += state.iterations();
      phases++;
    }
    int[] columns = reduced.columns();
    DualCertificate dual = newton.certify(state.lambda(), state.lambdaLow());
    double[] localLogError = dual.logErrorBound();
    boolean certified = dual.certified();
    if (!state.converged() && !certified) {
      throw new IllegalArgumentException("Newton did not converge (relative residual "
          + state.maxRelativeResidual() + ") and no certificate: no strictly positive feasible"
          + " point on the support mask, or the instance is too ill-conditioned for double");
    }
    int d = problem.a().cols();
    double[] x = new double[d];
    double[] logX = new double[d];
    double[] logError = new double[d];
    Arrays.fill(logX, Double.NEGATIVE_INFINITY);
    double l1Bound = 0;
    double maxLogError = 0;
    double[] localLogX = state.logX();
    for (int p = 0; p < columns.length; p++) {
      logX[columns[p]] = localLogX[p];
      x[columns[p]] = Math.exp(localLogX[p]);
      logError[columns[p]] = localLogError[p];
      maxLogError = Math.max(maxLogError, localLogError[p]);
      l1Bound += x[columns[p]] * Math.expm1(localLogError[p]);
    }
    l1Bound = certified ? l1Bound * (1 + FloatingPoint.gamma(d + 4))
        + d * Double.MIN_NORMAL : Double.POSITIVE_INFINITY;
    ProjectionCertificate certificate = new ProjectionCertificate(certified,
        dual.scaledResidual(), dual.hessianLowerBound(), dual.newtonLogStep(),
        dual.projectionNorm(), dual.contraction(), dual.logBallRadius(), logError, maxLogError,
        l1Bound);
    return new EntropyProjectionResult(alpha, x, logX, residualNorm(problem, x),
        state.maxRelativeResidual(), state.decrement(), iterations, phases, certificate);
  }

  /** {@code ||A x - y||_2} in double (package-private for the exact-residual test). */
  static double residualNorm(EntropyProjectionProblem problem, double[] x) {
    RationalMatrix a = problem.a();
    BigRational[] y = problem.y();
    double s = 0;
    for (int j = 0; j < a.rows(); j++) {
      double r = -y[j].doubleValue();
      for (int i = 0; i < a.cols(); i++) {
        r += a.get(j, i).doubleValue() * x[i];
      }
      s += r * r;
    }
    return Math.sqrt(s);
  }
}
