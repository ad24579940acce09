package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.HessianSpectrum;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;

/**
 * NRSS Lemma 4.1: for a solution {@code theta = (u_+; u_-)} of the depth-2 model (4),
 * {@code ||(u_+^2 + u_-^2) o (Ehat x)^2||_1 <= lambda_max / 4 <= ||(u_+^2 + u_-^2) o Ehat(x^2)||_1}
 * (7), with {@code Ehat x} the empirical mean and {@code Ehat(x^2)} the empirical second moment.
 *
 * <p>Checks: the statement (two inequalities); the Section 8 outline: (19) the Hessian at the
 * solution equals {@code (1/N) Phi Phi^T} (its lambda_max, with the residual term of (18)
 * included in the Hessian), (20) the columns of {@code Phi} are the gradients {@code grad f(x_n)}
 * (Euler's identity {@code <theta, grad f(x_n)> = 2 f(x_n)}), (21) the three forms of lambda_max;
 * and the Appendix A.2 steps (30)-(33) at D = 2. Hypotheses verified: the model is the depth-2
 * diagonal model; {@code theta} is a solution. Tolerances: {@link StepSizeTolerances}.
 * Cost: O((2d)^3 + N^3 + N d^2).
 *
 * <p>Spec: {@code NRSS:lem-4.1}, {@code NRSS:eq-7}, {@code NRSS:eq-19} - {@code NRSS:eq-21},
 * {@code NRSS:eq-30} - {@code NRSS:eq-33}.
 */
public final class DepthTwoStabilityLemmaChecker extends SolutionLemmaChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-4.1";

  /** The checker (stateless). */
  public DepthTwoStabilityLemmaChecker() {
    super(SPEC_ID, NetworkModel.DEPTH_TWO);
  }

  @Override
  protected List<Check> evaluateSolution(SolutionInstance instance) {
    HessianSpectrum spectrum = HessianSpectrum.of(instance);
    StabilityChecks.DepthSums sums = StabilityChecks.depthSums(instance, 2);
    double lambda = spectrum.lambdaMax();
    double tolerance = StepSizeTolerances.SPECTRAL;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "||(u+^2 + u-^2) o (Ex)^2||_1 <= lambda_max/4",
        sums.lowerSum(), lambda / 4, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "lambda_max/4 <= ||(u+^2 + u-^2) o Ex^2||_1",
        lambda / 4, sums.upperSum(), tolerance));
    checks.addAll(StabilityChecks.spectralForms(spectrum, "NRSS:eq-21", "NRSS:eq-20",
        "NRSS:eq-19", ""));
    checks.addAll(StabilityChecks.appendixSteps(instance, spectrum, 2, sums));
    return checks;
  }
}
