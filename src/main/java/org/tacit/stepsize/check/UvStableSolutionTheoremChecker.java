package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.ConvergedRun;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;

/**
 * NRSS Theorem B.1 on solutions GD actually converged to: for the UV model (34) and step
 * {@code eta}, {@code ||theta^2 o (Ehat x; Ehat x; Ehat x; Ehat x)^2||_1 <= 2/eta} (35) (no factor 4).
 *
 * <p>Checks: the statement with relative tolerance {@link StepSizeTolerances#EDGE_OF_STABILITY};
 * the proof (as Theorem 6.2 with Lemma C.1): the lower bound (36) at the final iterate
 * ({@code <= lambda_max + ||R||_2}) and Lemma 2.3 (16); and the derived consequence
 * {@code ||beta o (Ehat x)^2||_1 <= (1/2) ||theta^2 o (...)^2||_1} (from
 * {@code u^2 + v^2 >= 2|u v|}), hence {@code <= 1/eta}. Hypotheses verified: UV model, the run
 * converged. Cost: O((4d)^3 + N d^2).
 *
 * <p>Spec: {@code NRSS:thm-B.1}, {@code NRSS:eq-35}, {@code NRSS:eq-36}, {@code NRSS:eq-16}.
 */
public final class UvStableSolutionTheoremChecker extends ConvergedRunChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:thm-B.1";

  /** The checker (stateless). */
  public UvStableSolutionTheoremChecker() {
    super(SPEC_ID, NetworkModel.UV);
  }

  @Override
  protected List<Check> evaluateRun(ConvergedRun run) {
    HessianBounds bounds = run.bounds();
    double[] beta = run.model().beta(run.result().theta(), run.data().dimension());
    double[] mean = run.data().empiricalMean();
    double betaNorm = 0;
    for (int i = 0; i < beta.length; i++) {
      betaNorm += Math.abs(beta[i]) * mean[i] * mean[i];
    }
    double measure = bounds.lowerBound();
    double step = run.step();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "||theta^2 o (Ex;Ex;Ex;Ex)^2||_1 <= 2/eta", measure,
        2 / step, StepSizeTolerances.EDGE_OF_STABILITY));
    checks.add(StableSolutionChecks.lowerBoundBelowLambda("NRSS:eq-36",
        "||theta^2 o (Ex;Ex;Ex;Ex)^2||_1", bounds));
    checks.add(StableSolutionChecks.lambdaBelowEdge("NRSS:eq-16", bounds, step));
    checks.add(Check.lessOrEqual(SPEC_ID, "derived: 2||beta o (Ex)^2||_1 <= ||theta^2 o (...)^2||_1",
        2 * betaNorm, measure, StepSizeTolerances.ARITHMETIC));
    return checks;
  }
}
