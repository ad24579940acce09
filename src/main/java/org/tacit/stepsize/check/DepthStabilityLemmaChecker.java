package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.HessianSpectrum;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

/**
 * NRSS Lemma 6.1 in the form its proof establishes (Appendix A.2, eqs. (30)-(33)), with
 * {@code D^2} outside the norm: for a solution {@code theta = (u_+; u_-)} of the depth-D model and
 * {@code p = 2(D-1)/D},
 * {@code D^2 ||theta^D o (Ehat x; Ehat x)^{D/(D-1)}||_p^p <= lambda_max
 * <= D^2 ||theta^D o (Ehat(x^2); Ehat(x^2))^{D/(2(D-1))}||_p^p}, with {@code |Ehat x|} under the
 * fractional power. The printed weights (14) put {@code D^2} inside the norm, which is false for
 * {@code D >= 3}: see {@link DepthStabilityLemmaAsPrintedChecker}.
 *
 * <p>Checks: the statement (two inequalities); (26) lambda_max of the Hessian equals that of
 * {@code (1/N) Phi^T Phi}, the Rayleigh quotient at its top eigenvector and {@code (1/N)||Phi p||^2};
 * (28) Euler's identity for the gradient {@code D xhat o theta^{D-1}}; (29) the Hessian at the
 * solution is {@code (1/N) Phi Phi^T}; and (30)-(33). Hypotheses verified: the model is
 * {@link DepthDiagonalModel}; {@code theta} is a solution ({@link SolutionInstance#solutionFailure}).
 * Tolerances: {@link StepSizeTolerances}. Cost: O((2d)^3 + N^3 + N d^2).
 *
 * <p>Spec: {@code NRSS:lem-6.1}, {@code NRSS:eq-26}, {@code NRSS:eq-28} - {@code NRSS:eq-33}.
 */
public final class DepthStabilityLemmaChecker implements TheoremChecker<SolutionInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-6.1";

  @Override
  public String specId() {
    return SPEC_ID;
  }

  @Override
  public String describe(SolutionInstance instance) {
    return instance.label();
  }

  @Override
  public Verdict check(SolutionInstance instance) {
    String label = describe(instance);
    if (!(instance.model() instanceof DepthDiagonalModel model)) {
      return Verdict.hypothesisFailed(SPEC_ID, label, "depth-D diagonal model (12)");
    }
    String failure = instance.solutionFailure();
    if (!failure.isEmpty()) {
      return Verdict.hypothesisFailed(SPEC_ID, label, failure);
    }
    int depth = model.depth();
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
    checks.add(Check.equal("NRSS:eq-26", "lambda_max(H) = lambda_max((1/N) Phi^T Phi)", lambda,
        spectrum.lambdaMaxGram(), tolerance));
    checks.add(Check.equal("NRSS:eq-26", "lambda_max(H) = b^T H b at the top eigenvector b", lambda,
        spectrum.rayleighAtTopParameterVector(), tolerance));
    checks.add(Check.equal("NRSS:eq-26", "lambda_max(H) = (1/N)||Phi p||^2 at the top p", lambda,
        spectrum.phiAtTopSampleVector(), tolerance));
    checks.add(StabilityChecks.euler("NRSS:eq-28", spectrum));
    checks.add(Check.equal("NRSS:eq-29", "lambda_max(H) = lambda_max((1/N) Phi Phi^T), Phi of (29)",
        lambda, spectrum.lambdaMaxPhiPhiT(), tolerance));
    checks.addAll(StabilityChecks.appendixSteps(instance, spectrum, depth, sums));
    return Verdict.of(SPEC_ID, label, checks);
  }
}
