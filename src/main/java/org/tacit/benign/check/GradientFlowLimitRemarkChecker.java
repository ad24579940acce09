package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.FlowLimitInstance;
import org.tacit.benign.model.LearnerDescent;
import org.tacit.benign.model.LearnerObjective;
import org.tacit.benign.model.MinimumNormInterpolator;
import org.tacit.benign.model.MirrorFlowLimit;
import org.tacit.benign.model.MirrorFlowSolution;
import org.tacit.benign.model.MirrorLink;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.Vectors;
import org.tacit.training.TrainingResult;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Remark 1.4 (the implicit regularization of model (1) under gradient flow), in the explicit
 * form we derive in {@code proofs-notes/ZG/gradient-flow.md} (the paper gives no formula): from
 * {@code v = 0}, {@code w = u = alpha 1}, gradient flow keeps {@code w = alpha e^{2 lambda v}},
 * {@code u = alpha e^{-2 lambda v}} and {@code v = X^T mu}, so a limiting interpolator is
 * {@code beta = phi(X^T mu)}, {@code phi(z) = z + 2 lambda alpha^2 sinh(4 lambda z)}: the
 * minimizer of {@code sum_i Phi(beta_i)} subject to {@code X beta = y}.
 *
 * <p>Checks on one instance, with GD (2) in double (through {@link LearnerDescent}) at the steps
 * {@code eta, eta/2, eta/4} run to the loss {@link ZgTolerances#FLOW_GD_LOSS}:
 * <ol>
 *   <li>the dual Newton solve of the limit ({@link MirrorFlowLimit}) reached its residual target;
 *   <li>each GD run converged to an interpolator;
 *   <li>the discrete form of the invariant: {@code log(w_k/alpha) - 2 lambda v_k <= 0} and
 *       {@code log(u_k/alpha) + 2 lambda v_k <= 0} (each step adds {@code log(1 -+ x) +- x <= 0}),
 *       up to the rounding of the run;
 *   <li>the invariant's defect is O(eta): its largest value halves (ratio 2 within
 *       {@link ZgTolerances#FLOW_ORDER_RATIO}) when eta halves, twice;
 *   <li>the distance {@code e(eta) = ||beta_GD(eta) - beta_flow||} is O(eta): the ratios
 *       {@code e(eta)/e(eta/2)} and {@code e(eta/2)/e(eta/4)} are 2 within the same tolerance,
 *       and Richardson's {@code 2 beta_GD(eta/2) - beta_GD(eta)} is closer to {@code beta_flow}
 *       than {@link ZgTolerances#FLOW_RICHARDSON} times {@code e(eta/2)};
 *   <li>{@code e(eta/4)} is far above the error floors of both computations (otherwise the ratios
 *       would compare noise).
 * </ol>
 * The ratios prove nothing about the limit by themselves; together with the invariant they make
 * the flow limit an oracle that GD approaches at the rate O(eta) that a first-order method must
 * show. Not checked: that gradient flow converges to an interpolator (an assumption of the
 * characterization, observed here for GD).
 *
 * <p>Spec: {@code ZG:rem-1.4}.
 */
public final class GradientFlowLimitRemarkChecker extends TheoremChecker<FlowLimitInstance> {

  /** The spec item. */
  public static final String SPEC_ID = "ZG:rem-1.4";

  /** The GD step budget per run. */
  private static final long MAX_STEPS = 2_000_000;

  /** Creates the checker. */
  public GradientFlowLimitRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(FlowLimitInstance instance) {
    return "n=" + instance.samples() + ", d=" + instance.dimension() + ", lambda="
        + instance.lambda() + ", alpha=" + instance.alpha() + ", eta=" + instance.eta();
  }

  @Override
  protected List<Check> evaluate(FlowLimitInstance instance, Hypotheses hypotheses) {
    int n = instance.samples();
    int d = instance.dimension();
    double[] x = instance.x();
    double[] y = instance.y();
    if (!hypotheses.require("n < d", n >= 1 && n < d && x.length == n * d && y.length == n)
        || !hypotheses.require("X has full row rank", fullRowRank(x, n, d))
        || !hypotheses.require("lambda > 0, alpha > 0, eta > 0", instance.lambda() > 0
            && instance.alpha() > 0 && instance.eta() > 0 && Double.isFinite(instance.lambda())
            && Double.isFinite(instance.eta()))) {
      return List.of();
    }
    double lambda = instance.lambda();
    double alpha = instance.alpha();
    MirrorLink link = MirrorLink.learner(lambda, alpha);
    MirrorFlowSolution flow = MirrorFlowLimit.solve(x, n, d, y, link);
    double[] limit = flow.beta();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "dual Newton: ||X phi(X^T mu) - y|| <= target",
        flow.residualNorm(), flow.relativeTarget() * flow.residualScale(), 0.0));
    double[] error = new double[3];
    double[] defect = new double[3];
    double[][] betas = new double[3][];
    double eta = instance.eta();
    for (int k = 0; k < 3; k++) {
      TrainingResult run = LearnerDescent.run(new LearnerObjective(x, y, n, d, lambda),
          LearnerObjective.initialParameters(d, alpha), eta, ZgTolerances.FLOW_GD_LOSS, MAX_STEPS);
      checks.add(Check.lessOrEqual(SPEC_ID, "GD(eta/" + (1 << k) + ") reaches the loss target",
          run.finalLoss(), ZgTolerances.FLOW_GD_LOSS, 0.0));
      double[] theta = run.theta();
      double largestWDefect = Double.NEGATIVE_INFINITY;
      double largestUDefect = Double.NEGATIVE_INFINITY;
      double largestDefect = 0;
      double vScale = 0;
      double[] beta = new double[d];
      for (int j = 0; j < d; j++) {
        double w = theta[j];
        double u = theta[d + j];
        double v = theta[2 * d + j];
        double wDefect = Math.log(w / alpha) - 2 * lambda * v;
        double uDefect = Math.log(u / alpha) + 2 * lambda * v;
        largestWDefect = Math.max(largestWDefect, wDefect);
        largestUDefect = Math.max(largestUDefect, uDefect);
        largestDefect = Math.max(largestDefect, Math.max(Math.abs(wDefect), Math.abs(uDefect)));
        vScale = Math.max(vScale, 2 * lambda * Math.abs(v));
        beta[j] = v + lambda * (w - u) * (w + u);
      }
      double rounding = ZgTolerances.gdInvariantRounding(run.steps(), vScale);
      checks.add(Check.lessOrEqual(SPEC_ID, "GD(eta/" + (1 << k)
          + "): max_k log(w_k/alpha) - 2 lambda v_k <= 0", largestWDefect, rounding, 0.0));
      checks.add(Check.lessOrEqual(SPEC_ID, "GD(eta/" + (1 << k)
          + "): max_k log(u_k/alpha) + 2 lambda v_k <= 0", largestUDefect, rounding, 0.0));
      defect[k] = largestDefect;
      betas[k] = beta;
      error[k] = distance(beta, limit);
      eta /= 2;
    }
    for (int k = 0; k < 2; k++) {
      checks.add(Check.equal(SPEC_ID, "invariant defect O(eta): defect(eta/" + (1 << k)
          + ") / defect(eta/" + (2 << k) + ") = 2", defect[k] / defect[k + 1], 2.0,
          ZgTolerances.FLOW_ORDER_RATIO));
      checks.add(Check.equal(SPEC_ID, "||beta_GD - beta_flow|| = O(eta): e(eta/" + (1 << k)
          + ") / e(eta/" + (2 << k) + ") = 2", error[k] / error[k + 1], 2.0,
          ZgTolerances.FLOW_ORDER_RATIO));
    }
    double[] extrapolated = new double[d];
    for (int j = 0; j < d; j++) {
      extrapolated[j] = 2 * betas[1][j] - betas[0][j];
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "Richardson: ||2 beta(eta/2) - beta(eta) - beta_flow||"
        + " <= c e(eta/2)", distance(extrapolated, limit), ZgTolerances.FLOW_RICHARDSON * error[1],
        0.0));
    double[] z = new double[d];
    DenseKernels.transposeTimes(x, n, d, flow.multiplier(), 1.0, z);
    double largestDerivative = 0;
    for (double zj : z) {
      largestDerivative = Math.max(largestDerivative, link.derivative(zj));
    }
    double floor = ZgTolerances.flowLimitForwardError(flow.correctionNorm(),
        flow.relativeTarget(), Vectors.norm(limit))
        + ZgTolerances.flowGradientDescentFloor(ZgTolerances.FLOW_GD_LOSS, n, largestDerivative,
            smallestGramEigenvalue(x, n, d));
    checks.add(Check.lessOrEqual(SPEC_ID, "e(eta/4) >= 100 x the error floors",
        100 * floor, error[2], 0.0));
    return checks;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }

  private static double smallestGramEigenvalue(double[] x, int n, int d) {
    double smallest = Double.POSITIVE_INFINITY;
    for (double e : SymmetricEigen.eigenvalues(MinimumNormInterpolator.gram(x, n, d), n)) {
      smallest = Math.min(smallest, e);
    }
    return smallest;
  }

  /**
   * Numerical full row rank: {@code lambda_min(X X^T) > flowRank(n, d) trace(X X^T)} (a rank-
   * deficient X, e.g. a repeated row, has {@code lambda_min = 0} up to the rounding that the
   * threshold covers; Cholesky alone may accept it with a pivot of rounding size).
   */
  private static boolean fullRowRank(double[] x, int n, int d) {
    double[] gram = MinimumNormInterpolator.gram(x, n, d);
    double trace = 0;
    for (int i = 0; i < n; i++) {
      trace += gram[i * n + i];
    }
    return trace > 0
        && smallestGramEigenvalue(x, n, d) > ZgTolerances.flowRank(n, d) * trace;
  }
}
