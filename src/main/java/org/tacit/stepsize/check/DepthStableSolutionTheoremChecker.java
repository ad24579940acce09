package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.ConvergedRun;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;

/**
 * NRSS Theorem 6.2 on solutions GD actually converged to: for the depth-D model (12), step
 * {@code eta} and {@code p = 2(D-1)/D},
 * {@code ||theta^D o (Ehat x; Ehat x)^{D/(D-1)}||_p^p <= 2/(D^2 eta)} (15, restated as (22)); if D is
 * even or {@code theta >= 0}, also {@code ||beta o (Ehat x)^{D/(D-1)}||_p^p <= 2/(D^2 eta)} (25).
 * Fractional powers are taken of {@code |Ehat x|}.
 *
 * <p>Checks: the statement (15) with relative tolerance {@link StepSizeTolerances#EDGE_OF_STABILITY};
 * (22) the norm equals {@code sum_i (|u_+|^{2(D-1)} + |u_-|^{2(D-1)})_i (Ehat x_i)^2} (tolerance
 * {@link StepSizeTolerances#ARITHMETIC}); (23) {@code D^2 ||...||_p^p <= lambda_max + ||R||_2} at the
 * final iterate and {@code lambda_max <= 2/eta}; when D is even or {@code theta >= 0}: (24) the beta
 * form is at most the theta form (Lemma A.1) and (25) the beta form is at most {@code 2/(D^2 eta)}.
 * Hypotheses verified: depth-D model, the run converged. Cost: O((2d)^3 + N d^2).
 *
 * <p>Spec: {@code NRSS:thm-6.2}, {@code NRSS:eq-15}, {@code NRSS:eq-22} - {@code NRSS:eq-25}.
 */
public final class DepthStableSolutionTheoremChecker extends ConvergedRunChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:thm-6.2";

  /** The checker (stateless). */
  public DepthStableSolutionTheoremChecker() {
    super(SPEC_ID, NetworkModel.DEPTH);
  }

  @Override
  protected List<Check> evaluateRun(ConvergedRun run) {
    DepthDiagonalModel model = (DepthDiagonalModel) run.model();
    int depth = model.depth();
    double[] theta = run.result().theta();
    StabilityChecks.DepthSums sums = StabilityChecks.depthSums(
        new SolutionInstance(run.data(), model, theta), depth);
    HessianBounds bounds = run.bounds();
    double squareDepth = (double) depth * depth;
    double step = run.step();
    double edge = 2 / (squareDepth * step);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p <= 2/(D^2 eta)",
        sums.lowerNorm(), edge, StepSizeTolerances.EDGE_OF_STABILITY));
    checks.add(Check.equal("NRSS:eq-22",
        "||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p = sum_i (|u+|^{2(D-1)} + |u-|^{2(D-1)}) (Ex_i)^2",
        sums.lowerNorm(), sums.lowerSum(), StepSizeTolerances.ARITHMETIC));
    checks.add(Check.lessOrEqual("NRSS:eq-23", "D^2 ||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p"
        + " <= lambda_max + ||R||_2", squareDepth * sums.lowerNorm(),
        bounds.lambdaMax() + bounds.residualTermNorm(), StepSizeTolerances.SPECTRAL));
    checks.add(StableSolutionChecks.lambdaBelowEdge("NRSS:eq-23", bounds, step));
    boolean nonNegative = true;
    for (double value : theta) {
      nonNegative &= value >= 0;
    }
    if (depth % 2 == 0 || nonNegative) {
      double[] beta = model.beta(theta, run.data().dimension());
      double[] mean = run.data().empiricalMean();
      double exponent = model.normExponent();
      double betaForm = 0;
      for (int i = 0; i < beta.length; i++) {
        betaForm += Math.pow(Math.abs(beta[i]) * Math.pow(Math.abs(mean[i]), depth / (depth - 1.0)),
            exponent);
      }
      checks.add(Check.lessOrEqual("NRSS:eq-24",
          "||beta o (Ex)^{D/(D-1)}||_p^p <= ||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p", betaForm,
          sums.lowerNorm(), StepSizeTolerances.ARITHMETIC));
      checks.add(Check.lessOrEqual("NRSS:eq-25", "||beta o (Ex)^{D/(D-1)}||_p^p <= 2/(D^2 eta)",
          betaForm, edge, StepSizeTolerances.EDGE_OF_STABILITY));
    }
    return checks;
  }
}
