package org.tacit.grokking.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.grokking.model.MatrixRecoveryProblem;
import org.tacit.grokking.model.MemorizationConstants;
import org.tacit.grokking.model.NuclearRunInstance;
import org.tacit.grokking.model.NuclearTrajectory;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.linalg.Svd;
import org.tacit.linalg.Vectors;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * Theorem C.40 (= Theorem 3.4, {@code TDR:thm-C.40}) along a recorded nuclear-norm subgradient
 * run, with every step of its proof. Loop index {@code t} = updates made (the paper's
 * {@code A^(t+1)}); {@code e_t = a^(t) - a_hat}, {@code a_hat = X^+ y*}, {@code P} the row-space
 * projector of {@code X}, {@code n = n1 n2}; the quantities of {@link MemorizationConstants}.
 *
 * <p>Checks (the worst step of each, with its index in the label):
 * <ul>
 *   <li>proof step (eq-97 projected on {@code row(X)}): {@code ||P e_{t+1}|| <= rho_r ||P e_t|| +
 *       alpha beta ||P vec H_t||} for every t, and Lemma C.41 {@code ||vec H_t||_2 <= sqrt(n)};</li>
 *   <li>the memorization bound with {@code t1} the proof's step
 *       ({@link MemorizationConstants#memorizationStep}, computed from the constants, not from the
 *       run): {@link StatementForm#CORRECTED} (erratum E7) {@code ||P(a^(t) - a_hat)|| <= 2 alpha
 *       beta sqrt(n) / (1 - rho_r)} for all {@code t >= t1}; {@link StatementForm#PRINTED}: the
 *       printed {@code ||a^(t) - a_hat|| <= 2 alpha beta sqrt(n) / (1 - rho_2)} is vacuous when
 *       {@code N < n} ({@code rho_2 = 1}; the check {@code rho_2 < 1} fails) and, read with the
 *       proof's factor {@code rho_r}, false in {@code ker X} (the full-space check fails);</li>
 *   <li>the loss bound {@code g(A^(t)) <= g(A_hat) + 2 n alpha^2 beta^2 sigma_max^2(X) / (1 -
 *       rho)^2} for {@code t >= t1} (rho_r corrected, rho_2 printed) and {@code g(A_hat) <= ||xi||^2
 *       / 2};</li>
 *   <li>eq-99 (Lemma C.12 with {@code A*} as comparator, inventory E11): for every
 *       {@code t1 < t2 <= T}, {@code min_{t1<=t<=t2} (f(A^(t)) - f(A*)) <= (||a^(t1) - a*||^2 +
 *       (t2 - t1) alpha^2 max ||vec F||^2) / (2 alpha (t2 - t1))};</li>
 *   <li>eq-100 / eq-98 (sufficiency only, erratum E10), with {@code C' := max_{t1<=t<=T}
 *       ||vec F||^2 / beta^2} and {@code eta := ||A^(t1) - A*||_F^2 / (alpha beta (T - t1))} (so
 *       that {@code t2 = T} meets {@code t2 >= t1 + Delta t}): {@code min (f - f*) <= (eta + C'
 *       alpha beta) beta / 2};</li>
 *   <li>eq-101: {@code beta min (||A^(t)||_* - ||A*||_*) <= (eta + (C + C') alpha beta) beta / 2}
 *       with the self-consistent noise constant {@code C := ||U^T xi||^2 / (alpha beta^2)}
 *       (inventory E9; 0 for noiseless data, the paper's matrix experiments).</li>
 * </ul>
 * Tolerance {@link TdrTolerances#MATRIX_RUN_RELATIVE}. Cost: the run with three SVDs per step.
 *
 * <p>Spec: {@code TDR:thm-C.40} (= {@code TDR:thm-3.4}), {@code TDR:eq-98}, {@code TDR:eq-99},
 * {@code TDR:eq-100}, {@code TDR:eq-101}.
 */
public final class NuclearMemorizationTheoremChecker extends TheoremChecker<NuclearRunInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "TDR:thm-C.40";

  private static final String EQ98 = "TDR:eq-98";
  private static final String EQ99 = "TDR:eq-99";
  private static final String EQ100 = "TDR:eq-100";
  private static final String EQ101 = "TDR:eq-101";
  private static final double TOL = TdrTolerances.MATRIX_RUN_RELATIVE;

  private final StatementForm form;

  /** The corrected form (registered). */
  public NuclearMemorizationTheoremChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form (see the class comment). */
  public NuclearMemorizationTheoremChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(NuclearRunInstance instance) {
    MatrixRecoveryProblem problem = instance.problem();
    return form + ": " + problem.rows() + "x" + problem.columns() + ", N=" + problem.samples()
        + ", alpha=" + instance.alpha() + ", beta=" + instance.beta() + ", T="
        + instance.steps();
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      double d = a[k] - b[k];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  private static double[] minus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k] - b[k];
    }
    return out;
  }

  /** The worst of a family of {@code lhs <= rhs} checks, by relative margin. */
  private static final class Worst {
    private double lhs = Double.NEGATIVE_INFINITY;
    private double rhs = Double.POSITIVE_INFINITY;
    private double ratio = Double.NEGATIVE_INFINITY;
    private long at = -1;

    void offer(long t, double l, double r) {
      double scale = Math.max(Math.max(Math.abs(l), Math.abs(r)), Double.MIN_NORMAL);
      double excess = (l - r) / scale;
      if (at < 0 || excess > ratio || Double.isNaN(excess)) {
        lhs = l;
        rhs = r;
        ratio = excess;
        at = t;
      }
    }

    Check check(String specId, String label) {
      return Check.lessOrEqual(specId, label + " (worst t=" + at + ")", lhs, rhs, TOL);
    }
  }

  @Override
  protected List<Check> evaluate(NuclearRunInstance instance, Hypotheses hypotheses) {
    MatrixRecoveryProblem problem = instance.problem();
    int n = problem.dimension();
    double alpha = instance.alpha();
    double beta = instance.beta();
    double[] xRow = problem.designOnRowMajor();
    MemorizationConstants constants =
        new MemorizationConstants(xRow, problem.samples(), n, alpha);
    double gram = constants.sigmaMaxGram();
    double rho = constants.rowSpaceContraction();
    if (!hypotheses.require("0 < alpha sigma_max(X^T X) < 2", alpha > 0 && alpha * gram < 2)
        || !hypotheses.require("0 < beta sqrt(min(n1, n2)) < sigma_max(X^T X)",
            beta > 0 && beta * Math.sqrt(Math.min(problem.rows(), problem.columns())) < gram)
        || !hypotheses.require("initial matrix is n1 x n2", instance.initial().length == n)) {
      return List.of();
    }
    double[] y = problem.targets();
    double[] aHat = constants.leastSquares(y);
    double[] a0 = instance.initial();
    double radius = alpha * beta * Math.sqrt(n) / (1 - rho);
    long t1 = constants.memorizationStep(Vectors.norm(constants.projectOnRowSpace(
        minus(a0, aHat))), beta);
    if (!hypotheses.require("the run continues past the memorization step t1 (T > t1)",
        instance.steps() > t1)) {
      return List.of();
    }
    NuclearTrajectory run = NuclearTrajectory.record(instance);
    int size = run.size();
    if (!hypotheses.require("the run completes its T updates", size == instance.steps() + 1)) {
      return List.of();
    }
    int start = (int) t1;
    List<Check> checks = new ArrayList<>();
    Worst recursion = new Worst();
    Worst lemmaC41 = new Worst();
    Worst rowBound = new Worst();
    Worst fullBound = new Worst();
    Worst lossBound = new Worst();
    double pe = Vectors.norm(constants.projectOnRowSpace(minus(run.iterate(0), aHat)));
    double sigmaMax = constants.sigmaMax();
    double gHat = 0.5 * squaredResidual(xRow, problem.samples(), n, aHat, y);
    double factor = form == StatementForm.CORRECTED ? 1 - rho : 1 - constants.fullContraction();
    double lossSlack = 2 * n * alpha * alpha * beta * beta * sigmaMax * sigmaMax
        / (factor * factor);
    for (int t = 0; t < size; t++) {
      double[] h = run.subgradient(t);
      lemmaC41.offer(t, Vectors.norm(h), Math.sqrt(n));
      if (t + 1 < size) {
        double[] eNext = minus(run.iterate(t + 1), aHat);
        double peNext = Vectors.norm(constants.projectOnRowSpace(eNext));
        recursion.offer(t, peNext,
            rho * pe + alpha * beta * Vectors.norm(constants.projectOnRowSpace(h)));
        pe = peNext;
      }
      if (t >= start) {
        double[] et = minus(run.iterate(t), aHat);
        rowBound.offer(t, Vectors.norm(constants.projectOnRowSpace(et)), 2 * radius);
        fullBound.offer(t, Vectors.norm(et), 2 * radius);
        lossBound.offer(t, run.dataLoss(t), gHat + lossSlack);
      }
    }
    checks.add(recursion.check(SPEC_ID, "proof step: ||P e_{t+1}|| <= rho_r ||P e_t|| + alpha"
        + " beta ||P vec H_t||"));
    checks.add(lemmaC41.check(SPEC_ID, "proof step (Lemma C.41): ||vec H_t||_2 <= sqrt(n1 n2)"));
    if (form == StatementForm.CORRECTED) {
      checks.add(rowBound.check(EQ98, "[E7 corrected] ||P vec(A^(t) - A_hat)|| <= 2 alpha beta"
          + " sqrt(n)/(1 - rho_r) for t >= t1=" + t1));
    } else {
      checks.add(Check.less(EQ98, "[printed] 1 - rho_2 > 0 (finite bound)", 0,
          1 - constants.fullContraction()));
      checks.add(fullBound.check(EQ98, "[printed, proof's rho_r] ||vec(A^(t) - A_hat)|| <= 2 alpha"
          + " beta sqrt(n)/(1 - rho_r) for t >= t1=" + t1));
    }
    if (form == StatementForm.CORRECTED) {
      checks.add(lossBound.check(EQ98, "g(A^(t)) <= g(A_hat) + 2 n alpha^2 beta^2"
          + " sigma_max^2(X)/(1 - rho_r)^2 for t >= t1=" + t1));
    }
    double allowance = TOL * Vectors.norm(y);
    checks.add(Check.lessOrEqual(EQ98, "g(A_hat) <= ||xi||^2 / 2, as ||X a_hat - y*|| <= ||xi|| +"
        + " rounding allowance tol ||y*||", Math.sqrt(2 * gHat),
        Vectors.norm(problem.noise()) + allowance, TOL));
    phaseTwo(instance, run, start, checks);
    return checks;
  }

  private static double squaredResidual(double[] x, int samples, int n, double[] a, double[] y) {
    double sum = 0;
    for (int i = 0; i < samples; i++) {
      double r = -y[i];
      for (int k = 0; k < n; k++) {
        r += x[i * n + k] * a[k];
      }
      sum += r * r;
    }
    return sum;
  }

  private void phaseTwo(NuclearRunInstance instance, NuclearTrajectory run, int t1,
      List<Check> checks) {
    MatrixRecoveryProblem problem = instance.problem();
    double alpha = instance.alpha();
    double beta = instance.beta();
    double[] aStar = problem.groundTruth();
    double[] xi = problem.noise();
    double nuclearStar = 0;
    for (double s : Svd.decompose(aStar, problem.rows(), problem.columns()).singularValues()) {
      nuclearStar += s;
    }
    double fStar = beta * nuclearStar + 0.5 * Vectors.dot(xi, xi);
    double start = distance(run.iterate(t1), aStar);
    int last = run.size() - 1;
    Worst lemma = new Worst();
    double minGap = Double.POSITIVE_INFINITY;
    double minNuclearGap = Double.POSITIVE_INFINITY;
    double maxStep = 0;
    for (int t = t1; t <= last; t++) {
      minGap = Math.min(minGap, run.dataLoss(t) + beta * run.nuclearNorm(t) - fStar);
      minNuclearGap = Math.min(minNuclearGap, run.nuclearNorm(t) - nuclearStar);
      double[] f = run.step(t);
      if (t > t1) {
        double span = t - t1;
        lemma.offer(t, minGap,
            (start * start + span * alpha * alpha * maxStep) / (2 * alpha * span));
      }
      maxStep = Math.max(maxStep, Vectors.dot(f, f));
    }
    checks.add(lemma.check(EQ99, "min_{t1<=t<=t2} (f(A^(t)) - f(A*)) <= (||a^(t1) - a*||^2 +"
        + " (t2 - t1) alpha^2 max ||vec F||^2)/(2 alpha (t2 - t1)) for t2 > t1=" + t1));
    double cPrime = maxStep / (beta * beta);
    double eta = start * start / (alpha * beta * (last - t1));
    checks.add(Check.lessOrEqual(EQ100, "[sufficiency, E10] t2 = T = t1 + Delta t(eta): min (f -"
        + " f*) <= (eta + C' alpha beta) beta/2, eta=" + eta + ", C'=" + cPrime, minGap,
        (eta + cPrime * alpha * beta) * beta / 2, TOL));
    MemorizationConstants constants = new MemorizationConstants(problem.designOnRowMajor(),
        problem.samples(), problem.dimension(), alpha);
    double[] fitted = constants.leftCoefficients(xi);
    double c = Vectors.dot(fitted, fitted) / (alpha * beta * beta);
    checks.add(Check.lessOrEqual(EQ101, "[sufficiency, E9/E10] beta min (||A^(t)||_* -"
        + " ||A*||_*) <= (eta + (C + C') alpha beta) beta/2, C=||U^T xi||^2/(alpha beta^2)=" + c,
        beta * minNuclearGap, (eta + (c + cPrime) * alpha * beta) * beta / 2, TOL));
  }
}
