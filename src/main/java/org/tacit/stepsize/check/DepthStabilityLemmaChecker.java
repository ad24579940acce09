package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.HessianSpectrum;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;

/**
 * NRSS Lemma 6.1 in the form its proof establishes (Appendix A.2, eqs. (30)-(33)), with
 * {@code D^2} outside the norm: for a solution {@code theta = (u_+; u_-)} of the depth-D model and
 * {@code p = 2(D-1)/D},
 * {@code D^2 ||theta^D o (Ehat x; Ehat x)^{D/(D-1)}||_p^p <= lambda_max
 * <= D^2 ||theta^D o (Ehat(x^2); Ehat(x^2))^{D/(2(D-1))}||_p^p}, with {@code |Ehat x|} under the
 * fractional power. The printed weights (14) put {@code D^2} inside the norm, which is false for
 * {@code D >= 3}.
 *
 * <p>Forms ({@link StatementForm}): {@link StatementForm#CORRECTED} checks the proved form above
 * with every proof step; {@link StatementForm#PRINTED} checks only (13) with the weights (14) as
 * printed, {@code ||theta^D o w_1||_p^p <= lambda_max <= ||theta^D o w_2||_p^p} with
 * {@code w_1 = D^2 (Ehat x; Ehat x)^{D/(D-1)}}, {@code w_2 = D^2 (Ehat(x^2); Ehat(x^2))^{D/(2(D-1))}}
 * (spec ID {@code NRSS:eq-13}). Since {@code D^2} sits inside the p-th power, the printed bounds
 * are {@code D^{2p-2}} times the proved ones; for {@code D >= 3} that factor exceeds 1 and the
 * printed lower bound fails wherever the proved one is tighter than {@code D^{2p-2}} (always when
 * {@code N = 1}, where the proved lower bound is an equality). The printed upper bound stays
 * valid (weaker). The printed form exists to demonstrate the erratum; it is expected to FAIL.
 *
 * <p>Checks: the statement (two inequalities); (26) lambda_max of the Hessian equals that of
 * {@code (1/N) Phi^T Phi}, the Rayleigh quotient at its top eigenvector and {@code (1/N)||Phi p||^2};
 * (28) Euler's identity for the gradient {@code D xhat o theta^{D-1}}; (29) the Hessian at the
 * solution is {@code (1/N) Phi Phi^T}; and (30)-(33). Hypotheses verified: the model is
 * {@link DepthDiagonalModel}; {@code theta} is a solution ({@link SolutionInstance#hypotheses}).
 * Tolerances: {@link StepSizeTolerances}. Cost: O((2d)^3 + N^3 + N d^2).
 *
 * <p>Spec: {@code NRSS:lem-6.1}, {@code NRSS:eq-26}, {@code NRSS:eq-28} - {@code NRSS:eq-33};
 * printed form: {@code NRSS:eq-13}, {@code NRSS:eq-14} (erratum).
 */
public final class DepthStabilityLemmaChecker extends SolutionLemmaChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-6.1";

  /** The spec ID of the printed inequality (13) with the weights (14). */
  public static final String PRINTED_SPEC_ID = "NRSS:eq-13";

  private final StatementForm form;

  /** The checker of the corrected (proved) form. */
  public DepthStabilityLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public DepthStabilityLemmaChecker(StatementForm form) {
    super(form == StatementForm.PRINTED ? PRINTED_SPEC_ID : SPEC_ID, NetworkModel.DEPTH);
    this.form = form;
  }

  @Override
  public String describe(SolutionInstance instance) {
    return instance.label()
        + (form == StatementForm.PRINTED ? " (weights (14) as printed)" : "");
  }

  @Override
  protected List<Check> evaluateSolution(SolutionInstance instance) {
    int depth = ((DepthDiagonalModel) instance.model()).depth();
    if (form == StatementForm.PRINTED) {
      double lambda = HessianSpectrum.of(instance).lambdaMax();
      StabilityChecks.DepthSums sums = StabilityChecks.depthSums(instance, depth);
      return List.of(
          Check.lessOrEqual(PRINTED_SPEC_ID, "printed: ||theta^D o w_1||_p^p <= lambda_max",
              sums.printedLowerNorm(), lambda, StepSizeTolerances.SPECTRAL),
          Check.lessOrEqual(PRINTED_SPEC_ID, "printed: lambda_max <= ||theta^D o w_2||_p^p",
              lambda, sums.printedUpperNorm(), StepSizeTolerances.SPECTRAL));
    }
    HessianSpectrum spectrum = HessianSpectrum.of(instance);
    StabilityChecks.DepthSums sums = StabilityChecks.depthSums(instance, depth);
    double lambda = spectrum.lambdaMax();
    double squareDepth = (double) depth * depth;
    double tolerance = StepSizeTolerances.SPECTRAL;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "D^2 ||theta^D o (Ex;Ex)^{D/(D-1)}||_p^p <= lambda_max",
        squareDepth * sums.lowerNorm(), lambda, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID,
        "lambda_max <= D^2 ||theta^D o (Ex2;Ex2)^{D/(2(D-1))}||_p^p", lambda,
        squareDepth * sums.upperNorm(), tolerance));
    checks.addAll(StabilityChecks.spectralForms(spectrum, "NRSS:eq-26", "NRSS:eq-28",
        "NRSS:eq-29", "(29)"));
    checks.addAll(StabilityChecks.appendixSteps(instance, spectrum, depth, sums));
    return checks;
  }
}
