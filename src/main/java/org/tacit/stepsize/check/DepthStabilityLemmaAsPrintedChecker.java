package org.tacit.stepsize.check;

import java.util.List;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.HessianSpectrum;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

/**
 * NRSS Lemma 6.1 exactly as printed, (13) with the weights (14):
 * {@code ||theta^D o w_1||_p^p <= lambda_max <= ||theta^D o w_2||_p^p} with
 * {@code w_1 = D^2 (Ehat x; Ehat x)^{D/(D-1)}}, {@code w_2 = D^2 (Ehat(x^2); Ehat(x^2))^{D/(2(D-1))}}.
 *
 * <p>Since {@code D^2} sits inside the p-th power, the printed bounds are {@code D^{2p-2}} times
 * the proved ones ({@link DepthStabilityLemmaChecker}); for {@code D >= 3} that factor exceeds 1 and the
 * printed lower bound fails wherever the proved one is tighter than {@code D^{2p-2}} (always when
 * {@code N = 1}, where the proved lower bound is an equality). The printed upper bound stays
 * valid (weaker). This checker exists to demonstrate the erratum; it is expected to FAIL.
 * Hypotheses and tolerances as in {@link DepthStabilityLemmaChecker}.
 *
 * <p>Spec: {@code NRSS:eq-13}, {@code NRSS:eq-14} (erratum).
 */
public final class DepthStabilityLemmaAsPrintedChecker implements TheoremChecker<SolutionInstance> {

  /** The spec ID of the printed inequality. */
  public static final String SPEC_ID = "NRSS:eq-13";

  @Override
  public String specId() {
    return SPEC_ID;
  }

  @Override
  public String describe(SolutionInstance instance) {
    return instance.label() + " (weights (14) as printed)";
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
    double lambda = HessianSpectrum.of(instance).lambdaMax();
    StabilityChecks.DepthSums sums = StabilityChecks.depthSums(instance, model.depth());
    return Verdict.of(SPEC_ID, label, List.of(
        Check.lessOrEqual(SPEC_ID, "printed: ||theta^D o w_1||_p^p <= lambda_max",
            sums.printedLowerNorm(), lambda, StepSizeTolerances.SPECTRAL),
        Check.lessOrEqual(SPEC_ID, "printed: lambda_max <= ||theta^D o w_2||_p^p",
            lambda, sums.printedUpperNorm(), StepSizeTolerances.SPECTRAL)));
  }
}
