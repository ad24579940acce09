package org.tacit.benign.check;

import java.util.List;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.StageTrajectory;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.exact.BigRational;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.verify.Check;

/**
 * The proof steps of ZG's Stage 2 and of Theorem 3.1 (remarks B.4, C.1-C.6, D.1), checked on the
 * GD run of {@link StageTwoLemmaChecker} with its boundaries {@code T1 < T21 <= T2 <= T}. Notation:
 * {@code S+}, {@code S-} the coordinates where {@code beta*} is positive, negative; {@code e+} the
 * complement of {@code S+} (where w should stay small), {@code e-} that of {@code S-} (for u); so
 * {@code beta = v + lambda w_{S+}^2 + lambda w_{e+}^2 - lambda u_{S-}^2 - lambda u_{e-}^2}
 * exactly. Checks (labels carry the item):
 * <ul>
 *   <li>B.4 at {@code T1} (the run replayed to T1): {@code r = lambda X w_{e+}^2 - lambda X
 *       u_{e-}^2 + X (v_S + lambda w_{S+}^2 - lambda u_{S-}^2 - beta*) + X (v - v_S) - xi}
 *       componentwise ({@code r = X beta - X beta* - xi}; relative to the terms' size,
 *       {@link ZgTolerances#decompositionRounding}); the triangle inequality over the four terms;
 *       and {@code ||r^(T1)||_2 / (sigma sqrt n) <=} {@link ZgTolerances#STAGE_NORM_CAP} (the
 *       O(sigma sqrt n) conclusion, measured).</li>
 *   <li>C.1 and C.5: off the support, {@code |w_k^(t+1)| <= (1 + 2 eta lambda |g_k^(t)|) |w_k^(t)|}
 *       (same for u) multiplied from {@code T1} (C.1) and from {@code T21} (C.5):
 *       {@code max_{k not in S} max(|w_k|, |u_k|)(t) <= (that at the start) prod (1 + 2 eta lambda
 *       ||g_e^(tau)||_inf)} for every later t of the run (rounding:
 *       {@link ZgTolerances#growthRounding}); and C.5's first product step
 *       {@code prod (1 + q) <= e^{sum q}}. Not checked: the conclusion {@code |w_k| = O(alpha)} and
 *       the premise {@code sum q <= 1} of the step {@code e^{sum q} <= 1 + O(sum q)}: both fail in
 *       the experiments' regime (ZG:lem-5.6 (b); measured in the spec).</li>
 *   <li>C.2 and C.6: {@code ||v_S^(t)||_2 <= ||v_S^(T)||_2 + eta sum ||(X^T r/n)_S||_2} from
 *       {@code T1} over [T1, T21] (C.2) and from {@code T21} to the end (C.6), and
 *       {@code ||v^(t)||_2 <= ||v^(T21)||_2 + eta sum ||X^T r/n||_2} (C.6) (rounding:
 *       {@link ZgTolerances#pathRounding}).</li>
 *   <li>C.3 and C.4, exactly in rationals (the instance's eta, d, n) for {@code t <= 12}:
 *       {@code b_t = q^{t - T} b_T + (1 - q^{t - T})/n = (1 - q^t)/n} with {@code q = 1 - eta d/n}
 *       (C.3) and {@code a_t = eta t/n - eta sum_{tau < t} b_tau = (1 - q^t)/d} (C.4); and along the
 *       run from T1, {@code ||X^T r/n||_2 <= sqrt(lambda_max(X X^T)) ||r||_2 / n}
 *       ({@link ZgTolerances#gradientNormRounding}) and {@code ||v^(t)||_2 <= ||v^(T1)||_2 + eta sum
 *       ||X^T r/n||_2} (C.4).</li>
 *   <li>D.1 at {@code T2}: {@code beta - beta* = ((d/n) v_S + lambda w_{S+}^2 - lambda u_{S-}^2 -
 *       beta*) - (d/n) v_S + v + (lambda w_{e+}^2 - lambda u_{e-}^2)} componentwise, the triangle
 *       inequality, and {@code ||beta^(T2) - beta*||_2 / (sqrt(s) ln(n) ln(n/alpha) B) <=
 *       STAGE_NORM_CAP} (Theorem 3.1's O-form as D.1 writes it, measured).</li>
 * </ul>
 * Cost: one replay to T1 (a fraction of the run: T1 <= T2/4 here), one n x n eigenproblem, O(T)
 * scalar work.
 *
 * <p>Spec: {@code ZG:rem-B.4}, {@code ZG:rem-C.1} to {@code ZG:rem-C.6}, {@code ZG:rem-D.1}.
 */
final class StageRemarkSteps {

  private static final int EXACT_STEPS = 12;

  private StageRemarkSteps() {}

  /**
   * Adds the checks to {@code checks}; {@code run} is the run of {@code instance} and
   * {@code thetaT2} its iterate at {@code T2}.
   */
  static void add(StageInstance instance, StageTrajectory run, int t1, int t21, double[] thetaT2,
      List<Check> checks) {
    int last = run.lastStep();
    double[] thetaT1 = StageTrajectory.replay(instance, t1);
    residualDecomposition(instance, thetaT1, checks);
    growth(instance, run, t1, last, "ZG:rem-C.1", checks);
    growth(instance, run, t21, last, "ZG:rem-C.5", checks);
    productStep(instance, run, t21, last, checks);
    int d = instance.dimension();
    path(run, t1, t21, d, "ZG:rem-C.2", true, checks);
    path(run, t21, last, d, "ZG:rem-C.6", true, checks);
    path(run, t21, last, d, "ZG:rem-C.6", false, checks);
    path(run, t1, last, d, "ZG:rem-C.4", false, checks);
    exactSemigroup(instance, checks);
    gradientNorm(instance, run, t1, last, checks);
    errorDecomposition(instance, thetaT2, checks);
  }

  private static void residualDecomposition(StageInstance instance, double[] theta,
      List<Check> checks) {
    int n = instance.samples();
    int d = instance.dimension();
    double lambda = instance.lambda();
    double[] x = instance.x();
    double[] betaStar = instance.betaStar();
    double[][] terms = new double[4][n];
    double[] r = new double[n];
    double worst = -1;
    double[] atWorst = new double[3];
    for (int i = 0; i < n; i++) {
      double scale = Math.abs(instance.noise()[i]);
      for (int k = 0; k < d; k++) {
        double w = theta[k];
        double u = theta[d + k];
        double v = theta[2 * d + k];
        double xik = x[i * d + k];
        boolean plus = betaStar[k] > 0;
        boolean minus = betaStar[k] < 0;
        double beta = v + lambda * (w * w - u * u);
        r[i] += xik * (beta - betaStar[k]);
        terms[0][i] += plus ? 0 : xik * lambda * w * w;
        terms[1][i] -= minus ? 0 : xik * lambda * u * u;
        double signal = (betaStar[k] != 0 ? v : 0) + (plus ? lambda * w * w : 0)
            - (minus ? lambda * u * u : 0) - betaStar[k];
        terms[2][i] += xik * signal;
        terms[3][i] += betaStar[k] != 0 ? 0 : xik * v;
        scale += Math.abs(xik) * (Math.abs(v) + lambda * (w * w + u * u) + Math.abs(betaStar[k]));
      }
      r[i] -= instance.noise()[i];
      terms[3][i] -= instance.noise()[i];
      double sum = terms[0][i] + terms[1][i] + terms[2][i] + terms[3][i];
      double gap = Math.abs(r[i] - sum) / scale;
      if (gap > worst) {
        worst = gap;
        atWorst = new double[] {r[i], sum, scale};
      }
    }
    checks.add(Check.equalAtScale("ZG:rem-B.4", "r^(T1) = the four terms (worst component,"
        + " relative to the terms' size)", atWorst[0], atWorst[1], atWorst[2],
        ZgTolerances.decompositionRounding(d)));
    double bound = 0;
    for (double[] term : terms) {
      bound += norm(term);
    }
    double residual = norm(r);
    checks.add(Check.lessOrEqual("ZG:rem-B.4", "||r^(T1)||_2 <= sum of the four terms' norms",
        residual, bound, ZgTolerances.decompositionRounding(d)));
    checks.add(Check.lessOrEqual("ZG:rem-B.4", "||r^(T1)||_2 / (sigma sqrt n) <= cap",
        residual / (instance.sigma() * Math.sqrt(n)), ZgTolerances.STAGE_NORM_CAP, 0.0));
  }

  private static void growth(StageInstance instance, StageTrajectory run, int from, int last,
      String specId, List<Check> checks) {
    double twoEtaLambda = 2 * instance.eta() * instance.lambda();
    double start = run.offSupportGrowth(from);
    double exponent = 0;
    double worstRatio = 0;
    for (int t = from + 1; t <= last; t++) {
      exponent += Math.log1p(twoEtaLambda * run.offSignalGradient(t - 1));
      worstRatio = Math.max(worstRatio, run.offSupportGrowth(t) / (start * Math.exp(exponent)));
    }
    checks.add(Check.lessOrEqual(specId, "max_{k not in S} max(|w_k|, |u_k|) <= its value at the"
        + " start times prod (1 + 2 eta lambda ||g_e||_inf)", worstRatio, 1,
        ZgTolerances.growthRounding(last - from, exponent)));
  }

  private static void productStep(StageInstance instance, StageTrajectory run, int t21, int last,
      List<Check> checks) {
    double twoEtaLambda = 2 * instance.eta() * instance.lambda();
    double sum = 0;
    double logProduct = 0;
    for (int t = t21; t < last; t++) {
      double q = twoEtaLambda * run.offSignalGradient(t);
      sum += q;
      logProduct += Math.log1p(q);
    }
    checks.add(Check.lessOrEqual("ZG:rem-C.5", "prod_{tau >= T21} (1 + q_tau) <= e^{sum q_tau},"
        + " q = 2 eta lambda ||g_e||_inf (logarithms)", logProduct, sum,
        ZgTolerances.growthRounding(last - t21, sum)));
  }

  private static void path(StageTrajectory run, int from, int to, int d, String specId,
      boolean support, List<Check> checks) {
    double worst = 0;
    for (int t = from + 1; t <= to; t++) {
      double lhs = support ? run.vSupportNorm(t) : run.vNorm(t);
      double rhs = support
          ? run.vSupportNorm(from) + run.vSupportPath(t) - run.vSupportPath(from)
          : run.vNorm(from) + run.vPath(t) - run.vPath(from);
      if (rhs > 0) {
        worst = Math.max(worst, lhs / rhs);
      }
    }
    String norm = support ? "||v_S^(t)||_2 <= ||v_S^(start)||_2 + eta sum ||(X^T r/n)_S||_2"
        : "||v^(t)||_2 <= ||v^(start)||_2 + eta sum ||X^T r/n||_2";
    checks.add(Check.lessOrEqual(specId, norm, worst, 1,
        ZgTolerances.pathRounding(to - from, d)));
  }

  private static void exactSemigroup(StageInstance instance, List<Check> checks) {
    int d = instance.dimension();
    int n = instance.samples();
    BigRational eta = BigRational.valueOf(instance.eta());
    BigRational q = BigRational.ONE.subtract(eta.multiply(BigRational.of(d, n)));
    BigRational inverseN = BigRational.of(1, n);
    BigRational sumB = BigRational.ZERO;
    boolean semigroup = true;
    boolean closedForm = true;
    for (int t = 0; t <= EXACT_STEPS; t++) {
      BigRational bt = BigRational.ONE.subtract(q.pow(t)).multiply(inverseN);
      BigRational at = eta.multiply(BigRational.of(t, n)).subtract(eta.multiply(sumB));
      closedForm &= at.equals(BigRational.ONE.subtract(q.pow(t)).divide(BigRational.of(d)));
      for (int from = 0; from <= t; from++) {
        BigRational bFrom = BigRational.ONE.subtract(q.pow(from)).multiply(inverseN);
        BigRational composed = q.pow(t - from).multiply(bFrom)
            .add(BigRational.ONE.subtract(q.pow(t - from)).multiply(inverseN));
        semigroup &= composed.equals(bt);
      }
      sumB = sumB.add(bt);
    }
    checks.add(Check.equal("ZG:rem-C.3", "b_t = q^{t-T} b_T + (1 - q^{t-T})/n = (1 - q^t)/n"
        + " for 0 <= T <= t <= 12 (exact)", semigroup ? BigRational.ONE : BigRational.ZERO,
        BigRational.ONE));
    checks.add(Check.equal("ZG:rem-C.4", "a_t = eta t/n - eta sum_{tau<t} b_tau = (1 - q^t)/d"
        + " for t <= 12 (exact)", closedForm ? BigRational.ONE : BigRational.ZERO,
        BigRational.ONE));
  }

  private static void gradientNorm(StageInstance instance, StageTrajectory run, int from,
      int last, List<Check> checks) {
    int n = instance.samples();
    int d = instance.dimension();
    double[] gram = GaussianRegularityLemmaChecker.gram(instance.x(), n, d);
    double[] eigenvalues = SymmetricEigen.eigenvalues(gram, n);
    double root = Math.sqrt(eigenvalues[n - 1]);
    double worst = 0;
    for (int t = from; t <= last; t++) {
      double residual = run.residualNorm(t);
      if (residual > 0) {
        worst = Math.max(worst, run.gradientNorm(t) * n / (root * residual));
      }
    }
    checks.add(Check.lessOrEqual("ZG:rem-C.4", "||X^T r/n||_2 <= sqrt(lambda_max(X X^T))"
        + " ||r||_2 / n for t >= T1", worst, 1, ZgTolerances.gradientNormRounding(n, d)));
  }

  private static void errorDecomposition(StageInstance instance, double[] theta,
      List<Check> checks) {
    int n = instance.samples();
    int d = instance.dimension();
    double lambda = instance.lambda();
    double dOverN = (double) d / n;
    double[] betaStar = instance.betaStar();
    double[][] terms = new double[4][d];
    double[] error = new double[d];
    double worst = -1;
    double[] atWorst = new double[3];
    for (int k = 0; k < d; k++) {
      double w = theta[k];
      double u = theta[d + k];
      double v = theta[2 * d + k];
      boolean plus = betaStar[k] > 0;
      boolean minus = betaStar[k] < 0;
      boolean onSupport = betaStar[k] != 0;
      error[k] = v + lambda * (w * w - u * u) - betaStar[k];
      terms[0][k] = (onSupport ? dOverN * v : 0) + (plus ? lambda * w * w : 0)
          - (minus ? lambda * u * u : 0) - betaStar[k];
      terms[1][k] = onSupport ? -dOverN * v : 0;
      terms[2][k] = v;
      terms[3][k] = (plus ? 0 : lambda * w * w) - (minus ? 0 : lambda * u * u);
      double scale = (1 + dOverN) * Math.abs(v) + lambda * (w * w + u * u)
          + Math.abs(betaStar[k]);
      double sum = terms[0][k] + terms[1][k] + terms[2][k] + terms[3][k];
      double gap = Math.abs(error[k] - sum);
      if (scale > 0 && gap / scale > worst) {
        worst = gap / scale;
        atWorst = new double[] {error[k], sum, scale};
      }
    }
    checks.add(Check.equalAtScale("ZG:rem-D.1", "beta - beta* = the four terms (worst component,"
        + " relative to the terms' size)", atWorst[0], atWorst[1], atWorst[2],
        ZgTolerances.decompositionRounding(1)));
    double bound = 0;
    for (double[] term : terms) {
      bound += norm(term);
    }
    double norm = norm(error);
    checks.add(Check.lessOrEqual("ZG:rem-D.1", "||beta^(T2) - beta*||_2 <= sum of the four terms'"
        + " norms", norm, bound, ZgTolerances.decompositionRounding(d)));
    int s = instance.support().length;
    double shape = Math.sqrt(s) * Math.log(n) * Math.log(n / instance.alpha())
        * instance.noiseScale();
    checks.add(Check.lessOrEqual("ZG:rem-D.1", "||beta^(T2) - beta*||_2 / (sqrt(s) ln(n)"
        + " ln(n/alpha) B) <= cap", norm / shape, ZgTolerances.STAGE_NORM_CAP, 0.0));
  }

  private static double norm(double[] vector) {
    double s = 0;
    for (double value : vector) {
      s += value * value;
    }
    return Math.sqrt(s);
  }
}
