package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.ConvergedRun;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;

/**
 * NRSS Theorem 4.2 on solutions GD actually converged to: for the depth-2 model (4) and step
 * {@code eta}, {@code ||beta o 4 (Ehat x)^2||_1 <= ||(u_+^2 + u_-^2) o 4 (Ehat x)^2||_1 <= 2/eta} (8);
 * the middle quantity is the stability measure.
 *
 * <p>Checks: the statement (both inequalities of (8), the second with relative tolerance
 * {@link StepSizeTolerances#EDGE_OF_STABILITY}, the first elementwise-exact up to
 * {@link StepSizeTolerances#ARITHMETIC}); the proof: the lower bound of Lemma 4.1 (7) at the final
 * iterate ({@code SM <= lambda_max + ||R||_2}, R the residual term of (18)) and Lemma 2.3 (16)
 * ({@code lambda_max <= 2/eta}). Hypotheses verified: depth-2 model, the run converged.
 * Cost: O((2d)^3 + N d^2).
 *
 * <p>Spec: {@code NRSS:thm-4.2}, {@code NRSS:eq-8}, {@code NRSS:eq-7}, {@code NRSS:eq-16}.
 */
public final class DepthTwoStableSolutionTheoremChecker extends ConvergedRunChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:thm-4.2";

  /** The checker (stateless). */
  public DepthTwoStableSolutionTheoremChecker() {
    super(SPEC_ID, NetworkModel.DEPTH_TWO);
  }

  @Override
  protected List<Check> evaluateRun(ConvergedRun run) {
    HessianBounds bounds = run.bounds();
    double[] theta = run.result().theta();
    double[] mean = run.data().empiricalMean();
    int d = run.data().dimension();
    double betaNorm = 0;
    for (int i = 0; i < d; i++) {
      double beta = theta[i] * theta[i] - theta[d + i] * theta[d + i];
      betaNorm += Math.abs(beta) * 4 * mean[i] * mean[i];
    }
    double measure = bounds.lowerBound();
    double step = run.step();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual("NRSS:eq-8", "||beta o 4(Ex)^2||_1 <= ||(u+^2+u-^2) o 4(Ex)^2||_1",
        betaNorm, measure, StepSizeTolerances.ARITHMETIC));
    checks.add(Check.lessOrEqual(SPEC_ID, "||(u+^2+u-^2) o 4(Ex)^2||_1 <= 2/eta", measure, 2 / step,
        StepSizeTolerances.EDGE_OF_STABILITY));
    checks.add(StableSolutionChecks.lowerBoundBelowLambda("NRSS:eq-7",
        "||(u+^2+u-^2) o 4(Ex)^2||_1", bounds));
    checks.add(StableSolutionChecks.lambdaBelowEdge("NRSS:eq-16", bounds, step));
    return checks;
  }
}
