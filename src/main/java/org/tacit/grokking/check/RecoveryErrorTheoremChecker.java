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
import org.tacit.grokking.family.NullSpaceFamilies;
import org.tacit.grokking.model.ExactLeastSquares;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.NullSpaceConstant;
import org.tacit.grokking.model.RobustNullSpaceTau;
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
 * TDR Theorem 3.3 = C.39 (the l1 recovery error after the delay under the robust null space
 * property) along a run, sufficiency direction only (inventory E10), in the corrected form its
 * proof supports.
 *
 * <p>Constants: {@code S = supp a*}; {@code rho_S} exact ({@link NullSpaceConstant}, LP
 * certificates checked); {@code rho = rho_S} (or 1/16 when {@code rho_S = 0}); tau certified for
 * {@code (rho, |S|)} ({@link RobustNullSpaceTau}), so X satisfies RNSP(rho, tau) relative to S in
 * the Foucart-Rauhut ({@code <=}) form. As in {@link SparseRecoveryTheoremChecker} (whose
 * conventions and errata E7, E8, E9, E11 apply): the printed {@code rho_2 = sigma_max(I - alpha X^T
 * X)} equals 1 when {@code N < n}, so C2 is replaced by the row-space contraction
 * {@code rho_r = max_k |1 - alpha lambda_k(X X^T)|}; {@code T1 = t1 + 1} with t1 of eq-78; the
 * noise constant {@code C = ||U^T xi||^2/(alpha beta^2)} and {@code C' = max_{T1 <= t <= t2}
 * ||F(a^(t))||^2/beta^2} are measured (the paper leaves C' unspecified), and also the a-priori
 * {@code C' = n (2 kappa + 1)^2}.
 *
 * <p>Hypotheses: those of {@link SparseRecoveryTheoremChecker} (X full row rank with {@code N < n},
 * {@code 0 < alpha sigma_max(X^T X) < 2} exact, {@code 0 < beta sqrt(n) < sigma_max(X^T X)}),
 * "X satisfies the NSP relative to supp a* (rho_S < 1)" (exact LP; then the RNSP holds with the
 * certified tau) and "the run passes T1 = t1 + 1".
 *
 * <p>Checks (double, {@link TdrTolerances#NULL_SPACE_TRAJECTORY}; worst t or t2 reported): the LP
 * certificates; eq-94: the two printed forms of C2 agree (exact rational algebra on this
 * instance's values); eq-95 step by step for {@code t >= T1}: the identity
 * {@code X(a - a*) = X a - y* + xi}, the triangle inequality, eq-81 with rho_r, and
 * {@code ||X a_hat - y*|| <= ||xi||} (exact); the C.38 step
 * {@code ||a - a*||_1 <= (1+rho)/(1-rho)(||a||_1 - ||a*||_1) + 2 tau/(1-rho) ||X(a - a*)||}; the
 * C.29 input {@code min (||a||_1 - ||a*||_1) <= (eta + (C + C') alpha beta)/2}; and eq-93 with
 * {@code eta = ||a^(T1) - a*||^2/(alpha beta (t2 - T1))} (so {@code t2 = T1 + Delta t}) for every
 * t2, with measured and with a-priori C'.
 *
 * <p>{@link StatementForm#PRINTED} adds: {@code rho_2 < 1} for the printed rho_2 (false when
 * {@code N < n}, so eq-94's C2 is infinite) and eq-96's first line equal to
 * {@code C1 eta + C2 alpha beta + C3 ||xi||} (false: the line has {@code (1+rho)/(1-rho) eta} and
 * {@code (C + C') alpha beta/2} where the combination gives {@code (1+rho)/(2(1-rho)) eta} and
 * {@code (1+rho)/(1-rho) (C + C') alpha beta/2}); and the "only if" of eq-93 at {@code t2 = T1},
 * with eta such that {@code Delta t(eta) = 1 > t2 - T1} and even {@code C' = 0}: the printed iff
 * claims the bound fails there (it holds on every run tried, inventory E10).
 *
 * <p>Cost: the exact LPs of rho_S, the run O(steps N n) and O(steps n) per check.
 *
 * <p>Spec: {@code TDR:thm-3.3} (registered), checks carrying {@code TDR:thm-C.39},
 * {@code TDR:eq-93} .. {@code TDR:eq-96}.
 */
public final class RecoveryErrorTheoremChecker extends TheoremChecker<SparseRunInstance> {

  /** The registered spec item. */
  public static final String SPEC_ID = "TDR:thm-3.3";

  private static final double TOLERANCE = TdrTolerances.NULL_SPACE_TRAJECTORY;

  private final StatementForm form;

  /** The corrected form (registered). */
  public RecoveryErrorTheoremChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public RecoveryErrorTheoremChecker(StatementForm form) {
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
    if (eigenvalues.isEmpty()) {
      return List.of();
    }
    double[] lambdas = eigenvalues.get();
    double lambdaMax = lambdas[samples - 1];
    BigRational[] truthExact = data.groundTruth();
    int[] support = NullSpaceFamilies.supportOf(truthExact);
    NullSpaceConstant constant = NullSpaceConstant.of(x, support);
    if (!hypotheses.require("X satisfies the NSP relative to supp a* (rho_S < 1)",
        constant.bounded() && constant.rho().compareTo(BigRational.ONE) < 0)) {
      return List.of();
    }
    double rhoR = 0;
    for (double lambda : lambdas) {
      rhoR = Math.max(rhoR, Math.abs(1 - alpha * lambda));
    }
    ExactLeastSquares pinv = new ExactLeastSquares(x);
    BigRational[] targets = data.targets();
    double[] hat = ExactVectors.toDouble(pinv.pseudoInverseTimes(targets));
    double distance = rowSpaceDistance(pinv, instance.initial(), hat);
    double c = alpha * beta * Math.sqrt(n);
    long t1 = SparseRecoveryTheoremChecker.memorizationTime(rhoR, distance, c);
    int steps = instance.steps();
    if (!hypotheses.require("the run passes T1 = t1 + 1", t1 + 2 <= steps + 1L)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    checks.add(NullSpacePropertyChecker.certificates(constant));
    BigRational rhoExact = constant.rho().signum() > 0 ? constant.rho() : BigRational.of(1, 16);
    BigRational tauExact = RobustNullSpaceTau.of(x, support.length, rhoExact).tau();
    double rho = rhoExact.doubleValue();
    double tau = tauExact.doubleValue();
    double sigmaMaxX = Math.sqrt(lambdaMax);
    double noiseNorm = Math.sqrt(ExactVectors.squaredNorm(data.noise()).doubleValue());
    double rangeNoise = RationalVectors.dot(data.noise(), pinv.rangeProjection(data.noise()))
        .doubleValue();
    double noiseConstant = rangeNoise / (alpha * beta * beta);
    double kappa = alpha * lambdaMax / (1 - rhoR);
    double priorConstant = n * (2 * kappa + 1) * (2 * kappa + 1);
    double residualCeiling = 2 * Math.sqrt(n) * sigmaMaxX * alpha * beta / (1 - rhoR);
    double c1 = (1 + rho) / (2 * (1 - rho));
    double c3 = 4 * tau / (1 - rho);
    BigRational hatResidual = data.loss(pinv.pseudoInverseTimes(targets)).multiply(BigRational.TWO);
    checks.add(Check.lessOrEqual("TDR:eq-95", "||X a_hat - y*||^2 <= ||xi||^2 (eq-70, exact)",
        hatResidual, ExactVectors.squaredNorm(data.noise())));
    if (form == StatementForm.PRINTED) {
      checks.add(Check.less("TDR:eq-94", "rho_2 = sigma_max(I - alpha X^T X) < 1 (as printed;"
          + " = 1 on ker X when N < n, so C2 is infinite)", 1.0, 1.0));
    }

    double[] xd = x.toDoubleRowMajor();
    double[] y = ExactVectors.toDouble(targets);
    double[] xi = ExactVectors.toDouble(data.noise());
    double[] truth = ExactVectors.toDouble(truthExact);
    double truthL1 = l1(truth);
    double truthNorm = Vectors.norm(truth);
    double targetNorm = Vectors.norm(y);
    double[][] path = instance.iterates();
    int start = (int) (t1 + 1);
    Map<String, Check> worst = new LinkedHashMap<>();
    double[] residual = new double[samples];
    double[] errorImage = new double[samples];
    double[] gradient = new double[n];
    double minL1Gap = Double.POSITIVE_INFINITY;
    double minError = Double.POSITIVE_INFINITY;
    double maxSubgradient = 0;
    double startDistance = squaredDistance(path[start - 1], truth);
    for (int t = start; t <= path.length; t++) {
      double[] a = path[t - 1];
      DenseKernels.times(xd, samples, n, a, residual);
      double[] error = new double[n];
      for (int i = 0; i < n; i++) {
        error[i] = a[i] - truth[i];
      }
      DenseKernels.times(xd, samples, n, error, errorImage);
      double[] shifted = new double[samples];
      for (int i = 0; i < samples; i++) {
        residual[i] -= y[i];
        shifted[i] = residual[i] + xi[i];
      }
      double imageNorm = Vectors.norm(errorImage);
      double residualNorm = Vectors.norm(residual);
      keep(worst, Check.equalAtScale("TDR:eq-95", "||X(a^(t) - a*)|| = ||X a^(t) - y* + xi|| (worst"
          + " t >= T1, at the scale sigma_max(X)(||a|| + ||a*||) + ||y*|| + ||xi|| of the terms)",
          imageNorm, Vectors.norm(shifted), sigmaMaxX * (Vectors.norm(a) + truthNorm)
              + targetNorm + noiseNorm, TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-95", "||X a^(t) - y* + xi|| <= ||X a^(t) - y*|| +"
          + " ||xi|| (worst t >= T1)", Vectors.norm(shifted), residualNorm + noiseNorm, TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-95", "||X a^(t) - y*|| <= 2 sqrt(n) sigma_max(X) alpha"
          + " beta/(1 - rho_r) + ||X a_hat - y*|| (eq-81 with rho_r; worst t >= T1)", residualNorm,
          residualCeiling + Math.sqrt(hatResidual.doubleValue()), TOLERANCE));
      keep(worst, Check.lessOrEqual("TDR:eq-95", "||X(a^(t) - a*)|| <= 2 sqrt(n) sigma_max(X) alpha"
          + " beta/(1 - rho_r) + 2 ||xi|| (worst t >= T1)", imageNorm,
          residualCeiling + 2 * noiseNorm, TOLERANCE));
      double errorL1 = l1(error);
      double l1Gap = l1(a) - truthL1;
      keep(worst, Check.lessOrEqual("TDR:thm-C.38", "||a^(t) - a*||_1 <= (1+rho)/(1-rho)"
          + " (||a^(t)||_1 - ||a*||_1) + 2 tau/(1-rho) ||X(a^(t) - a*)|| (worst t >= T1)", errorL1,
          (1 + rho) / (1 - rho) * l1Gap + 2 * tau / (1 - rho) * imageNorm, TOLERANCE));
      DenseKernels.transposeTimes(xd, samples, n, residual, 1.0, gradient);
      double subgradient = 0;
      for (int i = 0; i < n; i++) {
        double f = gradient[i] + beta * Math.signum(a[i]);
        subgradient += f * f;
      }
      maxSubgradient = Math.max(maxSubgradient, Math.sqrt(subgradient));
      minL1Gap = Math.min(minL1Gap, l1Gap);
      minError = Math.min(minError, errorL1);
      if (t == start) {
        if (form == StatementForm.PRINTED) {
          double etaOne = startDistance / (alpha * beta);
          double c2First = c2(noiseConstant, rho, rhoR, Math.sqrt(n) * sigmaMaxX, tau);
          checks.add(Check.less("TDR:eq-93", "as printed (only if): at t2 = T1 < T1 + Delta t(eta)"
              + " (eta with Delta t = 1) the bound C1 eta + C2 alpha beta + C3 ||xi|| (C' = 0) fails",
              c1 * etaOne + c2First * alpha * beta + c3 * noiseNorm, minError));
        }
        continue;
      }
      double eta = startDistance / (alpha * beta * (t - start));
      double measured = maxSubgradient * maxSubgradient / (beta * beta);
      keep(worst, Check.lessOrEqual("TDR:thm-C.39", "min (||a^(t)||_1 - ||a*||_1) <= (eta + (C +"
          + " C') alpha beta)/2 (Theorem C.29 input, C' measured; worst t2)", minL1Gap,
          (eta + (noiseConstant + measured) * alpha * beta) / 2, TOLERANCE));
      double c2 = c2(noiseConstant + measured, rho, rhoR, Math.sqrt(n) * sigmaMaxX, tau);
      keep(worst, Check.lessOrEqual("TDR:eq-93", "min_{T1<=t<=t2} ||a^(t) - a*||_1 <= C1 eta + C2"
          + " alpha beta + C3 ||xi||, t2 = T1 + Delta t(eta), C' measured, rho_r (worst t2)",
          minError, c1 * eta + c2 * alpha * beta + c3 * noiseNorm, TOLERANCE));
      double c2Prior = c2(noiseConstant + priorConstant, rho, rhoR, Math.sqrt(n) * sigmaMaxX,
          tau);
      keep(worst, Check.lessOrEqual(SPEC_ID, "min_{T1<=t<=t2} ||a^(t) - a*||_1 <= C1 eta + C2"
          + " alpha beta + C3 ||xi||, C' = n (2 kappa + 1)^2 (worst t2)", minError,
          c1 * eta + c2Prior * alpha * beta + c3 * noiseNorm, TOLERANCE));
      if (form == StatementForm.PRINTED) {
        double printedLine = (1 + rho) / (1 - rho) * eta + (noiseConstant + measured) * alpha
            * beta / 2 + 2 * tau / (1 - rho) * (residualCeiling + 2 * noiseNorm);
        keep(worst, Check.equal("TDR:eq-96", "eq-96 first line = C1 eta + C2 alpha beta + C3"
            + " ||xi|| (as printed; worst t2)", printedLine,
            c1 * eta + c2 * alpha * beta + c3 * noiseNorm, TOLERANCE));
      }
      if (t == path.length) {
        checks.add(c2Forms(noiseConstant + measured, rhoExact, rhoR, Math.sqrt(n) * sigmaMaxX,
            tauExact));
      }
    }
    checks.addAll(worst.values());
    return checks;
  }

  /** eq-94, first form of C2. */
  static double c2(double constants, double rho, double rhoTwo, double scale, double tau) {
    return constants / 2 * (1 + rho) / (1 - rho) + 2 * scale / (1 - rhoTwo) * 2 * tau / (1 - rho);
  }

  /** eq-94: the two printed forms of C2 in exact rationals (the doubles read exactly). */
  private static Check c2Forms(double constants, BigRational rho, double rhoTwo, double scale,
      BigRational tau) {
    BigRational k = BigRational.valueOf(constants);
    BigRational r2 = BigRational.valueOf(rhoTwo);
    BigRational s = BigRational.valueOf(scale);
    BigRational oneMinusRho = BigRational.ONE.subtract(rho);
    BigRational onePlusRho = BigRational.ONE.add(rho);
    BigRational oneMinusR2 = BigRational.ONE.subtract(r2);
    BigRational first = k.divide(BigRational.TWO).multiply(onePlusRho).divide(oneMinusRho)
        .add(BigRational.TWO.multiply(s).divide(oneMinusR2).multiply(BigRational.TWO)
            .multiply(tau).divide(oneMinusRho));
    BigRational second = k.multiply(oneMinusR2).multiply(onePlusRho)
        .add(BigRational.of(8).multiply(s).multiply(tau))
        .divide(BigRational.TWO.multiply(oneMinusR2).multiply(oneMinusRho));
    return Check.equal("TDR:eq-94", "C2: (C + C')/2 (1+rho)/(1-rho) + 2 sqrt(n) sigma/(1-rho_2)"
        + " 2 tau/(1-rho) = [(C + C')(1-rho_2)(1+rho) + 8 sqrt(n) sigma tau]/(2(1-rho_2)(1-rho))"
        + " (exact, this run's values)", first, second);
  }

  private static double rowSpaceDistance(ExactLeastSquares pinv, double[] initial, double[] hat) {
    BigRational[] e = new BigRational[initial.length];
    for (int i = 0; i < initial.length; i++) {
      e[i] = BigRational.valueOf(initial[i] - hat[i]);
    }
    return Math.sqrt(ExactVectors.squaredNorm(pinv.rowSpaceProjection(e)).doubleValue());
  }

  private static void keep(Map<String, Check> worst, Check check) {
    @Nullable Check previous = worst.get(check.label());
    if (previous == null || check.margin() < previous.margin()
        || (previous.holds() && !check.holds())) {
      worst.put(check.label(), check);
    }
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
