package org.tacit.bregman;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

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
 * vertex and alpha is tiny. Repeated until the pivot set is stable.
 *
 * <p><b>Certificate.</b> Let D be any positive diagonal row scaling (we use
 * {@code D_j = sqrt(H_jj)}), {@code b_i = D^-1 a'_i}, and nu = D lambda, so the dual in nu has
 * gradient {@code D^-1 r} and Hessian {@code Ht = sum_i x_i b_i b_i^T}. Let lambda^ be the final
 * iterate and {@code x~ = alpha exp(A'^T lambda^)} exactly; the returned log x differs from
 * {@code log x~} by at most delta_i (rounding of the dot product and of log alpha, bounded with
 * Higham's gamma). Along the segment from nu^ to the optimum nu* (direction w, |w| = 1,
 * distance t): {@code x_i(s) >= x~_i e^(-a s)} with {@code a = max_i |b_i|}, so
 * {@code Ht(s) >= mu e^(-a s) I} where mu bounds the smallest eigenvalue of Ht at x~ from below
 * (eigenvalue at the returned x minus a Weyl bound on rounding, times {@code e^-max delta}).
 * Integrating the directional second derivative from 0 to t, and using {@code phi'(t) = 0},
 * {@code phi'(0) >= -R} with R the 2-norm of the scaled residual {@code D^-1 (A' x~ - y')}
 * (computed residual plus rounding and delta perturbation bounds):
 * {@code mu (1 - e^(-a t)) / a <= R}. If {@code q = a R / mu < 1} then
 * {@code t <= -log(1 - q) / a}, and {@code |log x^_i - log x*_i| <= delta_i + |b_i| t}. The same
 * inequality shows that g grows on the sphere of that radius, so a dual optimum exists: the
 * certificate also proves that a strictly positive feasible point exists on M (with the caller's
 * assertion that coordinates outside M vanish for every feasible x, x* is then the projection by
 * the KKT conditions of the convex problem).
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
   * Computes {@code x_inf(alpha)} for {@code alpha} in {@code [1e-300, infinity)}.
   *
   * @throws IllegalArgumentException if alpha is out of range, if {@code A_M x = y} is
   *     inconsistent, or if the dual diverges or stalls without a certificate (no strictly positive
   *     feasible point on the support mask)
   */
  public EntropyProjectionResult solve(EntropyProjectionProblem problem, double alpha) {
    if (!(alpha >= BregmanTolerances.MIN_ALPHA) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and >= "
          + BregmanTolerances.MIN_ALPHA + ", got " + alpha);
    }
    double logAlpha = Math.log(alpha);
    ReducedConstraints reduced = ReducedConstraints.reduce(problem);
    DualNewton newton = new DualNewton(reduced, logAlpha);
    DualNewton.State state = newton.run(new double[reduced.rank()]);
    int iterations = state.iterations();
    int phases = 1;
    while (phases < BregmanTolerances.MAX_PHASES) {
      double[] logx = state.logX();
      int[] order = IntStream.range(0, logx.length).boxed()
          .sorted(Comparator.comparingDouble((Integer i) -> -logx[i]))
          .mapToInt(Integer::intValue).toArray();
      ReducedConstraints next = ReducedConstraints.reduce(problem, order);
      if (samePivotSet(next.pivots(), reduced.pivots())) {
        break;
      }
      reduced = next;
      int[] pivots = reduced.pivots();
      double[] lambda = new double[pivots.length];
      for (int j = 0; j < pivots.length; j++) {
        lambda[j] = logx[pivots[j]] - logAlpha;
      }
      newton = new DualNewton(reduced, logAlpha);
      state = newton.run(lambda);
      iterations += state.iterations();
      phases++;
    }
    int[] columns = reduced.columns();
    double[] localLogError = new double[columns.length];
    double[] ingredients = newton.certify(state.lambda(), localLogError);
    boolean certified = ingredients[3] < 1;
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
    l1Bound = certified ? l1Bound * (1 + BregmanTolerances.gamma(d + 4))
        + d * Double.MIN_NORMAL : Double.POSITIVE_INFINITY;
    ProjectionCertificate certificate = new ProjectionCertificate(certified, ingredients[0],
        ingredients[1], ingredients[2], ingredients[3], ingredients[4], logError, maxLogError,
        l1Bound);
    return new EntropyProjectionResult(alpha, x, logX, residualNorm(problem, x),
        state.maxRelativeResidual(), state.decrement(), iterations, phases, certificate);
  }

  private static boolean samePivotSet(int[] p, int[] q) {
    int[] a = p.clone();
    int[] b = q.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    return Arrays.equals(a, b);
  }

  private static double residualNorm(EntropyProjectionProblem problem, double[] x) {
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
