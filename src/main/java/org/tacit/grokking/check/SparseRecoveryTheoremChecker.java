package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.grokking.model.ExactLeastSquares;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * TDR Theorem 3.1 = C.29 (sparse recovery with l1, {@code H = sign}) along a run, in the corrected
 * form its proof supports (inventory E7, E8, E9, E11), sufficiency direction only (E10).
 *
 * <p>Notation: {@code a_hat = (X^T X)^+ X^T y*} and the row-space projector {@code P = X^+ X} are
 * exact ({@link ExactLeastSquares}) and then rounded; {@code lambda_k} are the eigenvalues of
 * {@code X X^T} (double), {@code rho_r = max_k |1 - alpha lambda_k| < 1} (the contraction of
 * {@code I - alpha X^T X} on {@code row X}), {@code c = alpha beta sqrt(n)},
 * {@code D = ||P(a^(1) - a_hat)||}, {@code t1} from eq-78 with {@code (rho_r, D, c)} and
 * {@code T1 = t1 + 1} (with the corrected exponent of eq-77 the bound of eq-80 starts one step
 * later, E8).
 *
 * <p>Hypotheses: X has full row rank and {@code N < n} (so every {@code lambda_k > 0}; exact);
 * {@code 0 < alpha sigma_max(X^T X) < 2} (exact, positive definiteness of
 * {@code (2/alpha) I - X X^T}); {@code 0 < beta sqrt(n) < sigma_max(X^T X)} (double);
 * {@code steps >= 1}.
 *
 * <p>Checks (the per-step ones report the worst step; double with
 * {@link TdrTolerances#SPARSE_TRAJECTORY}): rem-C.4.1: for a kernel vector k,
 * {@code ||(I - alpha X^T X) k|| = ||k||} exactly, so the printed {@code rho_2 = 1} and the first
 * bound with it is vacuous; eq-76 on {@code row X}; eq-77 with exponent {@code t - 1}; eq-79 at
 * {@code t1}; Theorem 3.1's first bound {@code ||P(a^(t) - a_hat)|| <= 2 c/(1 - rho_r)} and eq-80
 * for {@code t >= T1}; eq-81, eq-82 ({@code p = 2}); eq-83 as
 * {@code ||F(a^(t))|| <= (2 kappa + 1) sqrt(n) beta}, {@code kappa = alpha sigma_max/(1 - rho_r)};
 * eq-85; eq-86 (Lemma C.12 with {@code a*} as comparator, for every {@code t2 > T1}); eq-87 / the
 * l1 statement of Theorem 3.1 with measured {@code C' = max ||F||^2 / beta^2} and
 * {@code Delta t = t2 - T1}, i.e. {@code eta = ||a^(T1) - a*||^2 / (alpha beta (t2 - T1))}, and the
 * self-consistent noise constant {@code C = ||U^T xi||^2 / (alpha beta^2)} (E9); the same with the
 * a-priori {@code C' = n (2 kappa + 1)^2}.
 *
 * <p>{@link StatementForm#PRINTED} adds the printed forms: eq-77 with exponent t (fails at t = 1
 * when {@code (1 - rho_r) D > c}) and Theorem 3.1's first bound on the full error
 * {@code ||a^(t) - a_hat|| <= 2 c/(1 - rho_r)} for {@code t >= t1} (fails when the iterate leaves
 * {@code a_hat} along {@code ker X} towards the sparse solution).
 *
 * <p>Cost: the run (O(steps N n)) plus O(steps n^2) for the projections.
 *
 * <p>Spec: {@code TDR:thm-3.1} (registered), checks carrying {@code TDR:thm-C.29},
 * {@code TDR:rem-C.4.1}, {@code TDR:eq-76} .. {@code TDR:eq-88}, {@code TDR:eq-92}.
 */
public final class SparseRecoveryTheoremChecker extends TheoremChecker<SparseRunInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:thm-3.1";

  private static final double TOLERANCE = TdrTolerances.SPARSE_TRAJECTORY;

  private final StatementForm form;

  /** The corrected form (registered). */
  public SparseRecoveryTheoremChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public SparseRecoveryTheoremChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(SparseRunInstance instance) {
    return SparseRunHypotheses.describe(instance);
  }

  @Override
  protected List<Check> evaluate(SparseRunInstance instance, Hypotheses hypotheses) {
    SparseRecoveryData data = instance.data();
    RationalMatrix x = data.design();
    int samples = data.samples();
    int n = data.dimension();
    double alpha = instance.alpha();
    double beta = instance.beta();
    Optional<double[]> eigenvalues = SparseRunHypotheses.require(instance, hypotheses);
    if (eigenvalues.isEmpty() || !hypotheses.require("steps >= 1", instance.steps() >= 1)) {
      return List.of();
    }
    double[] lambdas = eigenvalues.get();
    double lambdaMax = lambdas[samples - 1];
    double rho = 0;
    for (double lambda : lambdas) {
      rho = Math.max(rho, Math.abs(1 - alpha * lambda));
    }
    List<Check> checks = new ArrayList<>();
    RationalMatrix kernel = x.nullSpaceBasis();
    BigRational[] k = kernel.column(0);
    BigRational exactAlpha = BigRational.valueOf(alpha);
    BigRational[] moved = ExactVectors.subtract(k, ExactVectors.scale(exactAlpha,
        x.transpose().multiply(x.multiply(k))));
    checks.add(Check.equal("TDR:rem-C.4.1", "||(I - alpha X^T X) k||^2 = ||k||^2 for k in ker X"
        + " (rho_2 = 1: the printed first bound is vacuous)", ExactVectors.squaredNorm(moved),
        ExactVectors.squaredNorm(k)));

    ExactLeastSquares pinv = new ExactLeastSquares(x);
    BigRational[] targets = data.targets();
    double[] hat = ExactVectors.toDouble(pinv.pseudoInverseTimes(targets));
    double[] projector = new double[n * n];
    for (int j = 0; j < n; j++) {
      BigRational[] unit = ExactVectors.zeros(n);
      unit[j] = BigRational.ONE;
      BigRational[] column = pinv.rowSpaceProjection(unit);
      for (int i = 0; i < n; i++) {
        projector[i * n + j] = column[i].doubleValue();
      }
    }
    BigRational noiseSquared = ExactVectors.squaredNorm(data.noise());
    double rangeNoise = RationalVectors.dot(data.noise(), pinv.rangeProjection(data.noise()))
        .doubleValue();
    double halfNoise = noiseSquared.doubleValue() / 2;
    double[] truth = ExactVectors.toDouble(data.groundTruth());
    double truthL1 = l1(truth);
    double fStar = beta * truthL1 + halfNoise;
    double[] xd = x.toDoubleRowMajor();
    double[] y = ExactVectors.toDouble(targets);
    double sigmaMax = lambdaMax;
    double c = alpha * beta * Math.sqrt(n);
    double kappa = alpha * sigmaMax / (1 - rho);
    double gHat = loss(xd, samples, n, y, hat);

    double[][] path = instance.iterates();
    int last = path.length;
    double[] rowError = new double[last];
    double[] fullError = new double[last];
    double[] subgradientNorm = new double[last];
    double[] gradientNorm = new double[last];
    double[] objective = new double[last];
    double[] residualNorm = new double[last];
    double[] l1 = new double[last];
    double[] lossValue = new double[last];
    double[] projected = new double[n];
    double[] residual = new double[samples];
    double[] g = new double[n];
    for (int t = 0; t < last; t++) {
      double[] a = path[t];
      double[] e = new double[n];
      for (int i = 0; i < n; i++) {
        e[i] = a[i] - hat[i];
      }
      DenseKernels.times(projector, n, n, e, projected);
      rowError[t] = Vectors.norm(projected);
      fullError[t] = Vectors.norm(e);
      DenseKernels.times(xd, samples, n, a, residual);
      for (int i = 0; i < samples; i++) {
        residual[i] -= y[i];
      }
      residualNorm[t] = Vectors.norm(residual);
      DenseKernels.transposeTimes(xd, samples, n, residual, 1.0, g);
      gradientNorm[t] = Vectors.norm(g);
      double[] f = new double[n];
      for (int i = 0; i < n; i++) {
        f[i] = g[i] + beta * Math.signum(a[i]);
      }
      subgradientNorm[t] = Vectors.norm(f);
      lossValue[t] = residualNorm[t] * residualNorm[t] / 2;
      l1[t] = l1(a);
      objective[t] = lossValue[t] + beta * l1[t];
    }

    Map<String, Check> worst = new LinkedHashMap<>();
    double distance = rowError[0];
    for (int t = 1; t < last; t++) {
      keep(worst, Check.lessOrEqual("TDR:eq-76", "||P(a^(t+1) - a_hat)|| <= rho_r ||P(a^(t) -"
          + " a_hat)|| + alpha beta sqrt(n) (worst t)", rowError[t], rho * rowError[t - 1] + c,
          TOLERANCE));
    }
    for (int t = 1; t <= last; t++) {
      double power = Math.pow(rho, t - 1);
      keep(worst, Check.lessOrEqual("TDR:eq-77", "||P(a^(t) - a_hat)|| <= rho_r^(t-1) D + c (1 -"
          + " rho_r^(t-1))/(1 - rho_r) (worst t)", rowError[t - 1],
          power * distance + c * (1 - power) / (1 - rho), TOLERANCE));
      if (form == StatementForm.PRINTED) {
        double printed = Math.pow(rho, t);
        keep(worst, Check.lessOrEqual("TDR:eq-77", "||P(a^(t) - a_hat)|| <= rho_r^t D + c (1 -"
            + " rho_r^t)/(1 - rho_r) (as printed, worst t)", rowError[t - 1],
            printed * distance + c * (1 - printed) / (1 - rho), TOLERANCE));
      }
    }
    long t1 = memorizationTime(rho, distance, c);
    double ceiling = c / (1 - rho);
    checks.add(Check.lessOrEqual("TDR:eq-79", "rho_r^t1 (D + c/(1 - rho_r)) <= c/(1 - rho_r)",
        Math.pow(rho, t1) * (distance + ceiling), ceiling, TOLERANCE));
    if (form == StatementForm.PRINTED) {
      for (long t = Math.max(t1, 1); t <= last; t++) {
        keep(worst, Check.lessOrEqual(SPEC_ID, "||a^(t) - a_hat|| <= 2 alpha beta sqrt(n)/(1 -"
            + " rho_r) for t >= t1 (as printed, full space, worst t)", fullError[(int) t - 1],
            2 * ceiling, TOLERANCE));
      }
    }
    int start = (int) Math.min(Math.max(t1 + 1, 1), Integer.MAX_VALUE);
    double fBound = (2 * kappa + 1) * Math.sqrt(n) * beta;
    for (int t = start; t <= last; t++) {
      double decay = 1 - Math.pow(rho, t - 1);
      keep(worst, Check.lessOrEqual(SPEC_ID, "||P(a^(t) - a_hat)|| <= 2 alpha beta sqrt(n)/(1 -"
          + " rho_r) for t >= t1 + 1 (worst t)", rowError[t - 1], 2 * ceiling, TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-80", "||P(a^(t) - a_hat)|| <= 2 c (1 - rho_r^(t-1))/(1"
          + " - rho_r) for t >= t1 + 1 (worst t)", rowError[t - 1], 2 * ceiling * decay,
          TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-81", "||X a^(t) - y*|| <= sigma_max(X) 2 c (1 -"
          + " rho_r^(t-1))/(1 - rho_r) + ||X a_hat - y*|| (worst t >= t1 + 1)",
          residualNorm[t - 1], Math.sqrt(sigmaMax) * 2 * ceiling * decay
              + Math.sqrt(2 * gHat), TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-82", "||G(a^(t))|| <= 2 c sigma_max(X^T X)/(1 -"
          + " rho_r) (worst t >= t1 + 1)", gradientNorm[t - 1], 2 * ceiling * sigmaMax,
          TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-83", "||F(a^(t))|| <= (2 kappa + 1) sqrt(n) beta"
          + " (worst t >= t1 + 1)", subgradientNorm[t - 1], fBound, TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-85", "g(a^(t)) - g(a_hat) <= 2 n alpha^2 beta^2"
          + " sigma_max(X^T X)/(1 - rho_r)^2 (worst t >= t1 + 1)", lossValue[t - 1] - gHat,
          2 * n * alpha * alpha * beta * beta * sigmaMax / ((1 - rho) * (1 - rho)), TOLERANCE));
    }
    checks.add(Check.lessOrEqual("TDR:thm-C.29", "g(a_hat) <= ||xi||^2/2 (exact)",
        data.loss(pinv.pseudoInverseTimes(targets)), noiseSquared.divide(BigRational.TWO)));
    double noiseConstant = rangeNoise / (alpha * beta * beta);
    double priorConstant = n * (2 * kappa + 1) * (2 * kappa + 1);
    if (start < last) {
      double startDistance = squaredDistance(path[start - 1], truth);
      double minimum = Double.POSITIVE_INFINITY;
      double minimumL1 = Double.POSITIVE_INFINITY;
      double maxSubgradient = 0;
      for (int t2 = start; t2 <= last; t2++) {
        minimum = Math.min(minimum, objective[t2 - 1] - fStar);
        minimumL1 = Math.min(minimumL1, l1[t2 - 1] - truthL1);
        maxSubgradient = Math.max(maxSubgradient, subgradientNorm[t2 - 1]);
        if (t2 == start) {
          continue;
        }
        double delay = t2 - start;
        double lemma = (startDistance + delay * alpha * alpha * maxSubgradient * maxSubgradient)
            / (2 * alpha * delay);
        keep(worst, Check.lessOrEqual("TDR:eq-86", "min_{T1<=t<=t2} (f(a^(t)) - f(a*)) <="
            + " [||a^(T1) - a*||^2 + (t2 - T1) alpha^2 max ||F||^2]/(2 alpha (t2 - T1)) (worst t2)",
            minimum, lemma, TOLERANCE));
        double eta = startDistance / (alpha * beta * delay);
        double measured = maxSubgradient * maxSubgradient / (beta * beta);
        keep(worst, Check.lessOrEqual("TDR:eq-87", "min (f(a^(t)) - f(a*)) <= (eta + C' alpha beta)"
            + " beta/2, C' measured, t2 = T1 + Delta t (worst t2)", minimum,
            (eta + measured * alpha * beta) * beta / 2, TOLERANCE));
        keep(worst, Check.lessOrEqual(data.noiseless() ? "TDR:eq-88" : "TDR:eq-92",
            "min (||a^(t)||_1 - ||a*||_1) <= (eta + (C + C') alpha beta)/2, C = ||U^T xi||^2/(alpha"
            + " beta^2), C' measured (worst t2)", minimumL1,
            (eta + (noiseConstant + measured) * alpha * beta) / 2, TOLERANCE));
        keep(worst, Check.lessOrEqual(SPEC_ID, "min (||a^(t)||_1 - ||a*||_1) <= (eta + (C + C')"
            + " alpha beta)/2 with C' = n (2 kappa + 1)^2 (worst t2)", minimumL1,
            (eta + (noiseConstant + priorConstant) * alpha * beta) / 2, TOLERANCE));
      }
    }
    checks.addAll(worst.values());
    return checks;
  }

  /**
   * eq-78: {@code t1 = ceil(-ln(1 + (1 - rho) D/c)/ln rho)} (1 when {@code rho = 0} or
   * {@code D = 0}).
   */
  static long memorizationTime(double rho, double distance, double c) {
    if (rho == 0 || distance == 0) {
      return 1;
    }
    return (long) Math.ceil(-Math.log1p((1 - rho) * distance / c) / Math.log(rho));
  }

  private static void keep(Map<String, Check> worst, Check check) {
    @Nullable Check previous = worst.get(check.label());
    if (previous == null || check.margin() < previous.margin()
        || (previous.holds() && !check.holds())) {
      worst.put(check.label(), check);
    }
  }

  private static double loss(double[] x, int rows, int cols, double[] y, double[] a) {
    double[] r = new double[rows];
    DenseKernels.times(x, rows, cols, a, r);
    double sum = 0;
    for (int i = 0; i < rows; i++) {
      double e = r[i] - y[i];
      sum += e * e;
    }
    return sum / 2;
  }




  private static double l1(double[] v) {
    double sum = 0;
    for (double vi : v) {
      sum += Math.abs(vi);
    }
    return sum;
  }

  private static double squaredDistance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double e = a[i] - b[i];
      sum += e * e;
    }
    return sum;
  }
}
