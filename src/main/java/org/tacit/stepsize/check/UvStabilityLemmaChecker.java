package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.HessianSpectrum;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;

/**
 * NRSS Lemma C.1: for a solution {@code theta = (u_+; v_+; u_-; v_-)} of the UV model (34),
 * {@code lambda_max >= ||theta^2 o (Ehat x; Ehat x; Ehat x; Ehat x)^2||_1
 * = sum_i (u_{+,i}^2 + v_{+,i}^2 + u_{-,i}^2 + v_{-,i}^2) (Ehat x_i)^2} (36). No factor 4, unlike
 * (7): the UV gradient (39) has no factor 2.
 *
 * <p>Checks: the statement; (37) lambda_max of the Hessian equals that of {@code (1/N) Phi^T Phi},
 * the Rayleigh quotient at its top eigenvector and {@code (1/N)||Phi p||^2}; (39) Euler's identity
 * {@code <theta, grad f(x_n)> = 2 f(x_n)}; (40) the Hessian at the solution is
 * {@code (1/N) Phi Phi^T} (the residual term with its off-diagonal blocks vanishes); (41) the
 * Rayleigh quotient at {@code 1/sqrt(N) 1} equals the weighted sum and is at most lambda_max;
 * (42) the rewriting as the weighted l1 norm (evaluated literally); (43) the conclusion.
 * Hypotheses verified: the model is {@link UvDiagonalModel}; {@code theta} is a solution.
 * Tolerances: {@link StepSizeTolerances}. Cost: O((4d)^3 + N^3 + N d^2).
 *
 * <p>Spec: {@code NRSS:lem-C.1}, {@code NRSS:eq-36}, {@code NRSS:eq-37} - {@code NRSS:eq-43}.
 */
public final class UvStabilityLemmaChecker extends SolutionLemmaChecker {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-C.1";

  /** The checker (stateless). */
  public UvStabilityLemmaChecker() {
    super(SPEC_ID, NetworkModel.UV);
  }

  @Override
  protected List<Check> evaluateSolution(SolutionInstance instance) {
    HessianSpectrum spectrum = HessianSpectrum.of(instance);
    RegressionData data = instance.data();
    double[] theta = instance.theta();
    int d = data.dimension();
    double[] mean = data.empiricalMean();
    double weightedSum = 0;
    double literalNorm = 0;
    for (int i = 0; i < d; i++) {
      double squares = 0;
      for (int block = 0; block < 4; block++) {
        double t = theta[block * d + i];
        squares += t * t;
        literalNorm += Math.abs(t * t * (mean[i] * mean[i]));
      }
      weightedSum += squares * mean[i] * mean[i];
    }
    double lambda = spectrum.lambdaMax();
    double tolerance = StepSizeTolerances.SPECTRAL;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "||theta^2 o (Ex;Ex;Ex;Ex)^2||_1 <= lambda_max",
        literalNorm, lambda, tolerance));
    checks.addAll(StabilityChecks.spectralForms(spectrum, "NRSS:eq-37", "NRSS:eq-39",
        "NRSS:eq-40", "(40)"));
    checks.add(Check.equalAtScale("NRSS:eq-41",
        "(1/N)||Phi 1/sqrt(N)||^2 = sum_i (u+^2 + u-^2 + v+^2 + v-^2)_i (Ex_i)^2",
        spectrum.rayleighAtUniform(), weightedSum, spectrum.rayleighAtUniformScale(),
        StepSizeTolerances.ARITHMETIC));
    checks.add(Check.lessOrEqual("NRSS:eq-41", "(1/N)||Phi 1/sqrt(N)||^2 <= lambda_max",
        spectrum.rayleighAtUniform(), lambda, tolerance));
    checks.add(Check.equal("NRSS:eq-42", "sum_i (...)_i (Ex_i)^2 = ||theta^2 o (Ex;Ex;Ex;Ex)^2||_1",
        weightedSum, literalNorm, StepSizeTolerances.ARITHMETIC));
    checks.add(Check.lessOrEqual("NRSS:eq-43", "||theta^2 o (Ex;Ex;Ex;Ex)^2||_1 <= lambda_max",
        literalNorm, lambda, tolerance));
    return checks;
  }
}
