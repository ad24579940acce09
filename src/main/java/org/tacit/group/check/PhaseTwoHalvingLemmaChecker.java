package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.group.model.HalvingRunInstance;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.PerturbedRun;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 11 (Appendix C.2), on a worst-case run of (4)-(5) with {@code eta_t = 1/u^4}: from
 * {@code |(u*)^2 - u^2(0)| <= tau (u*)^2}, {@code 0 < tau <= 1/2}, with {@code |e_t|} and the
 * perturbations {@code b_t} bounded by {@code tau (u*)^2/10}, after
 * {@code T >= T_0 = 5/(2 gamma (u*)^2)} steps {@code |u^2(T) - (u*)^2| <= tau (u*)^2/2}, and
 * {@code <v(t), v*> >= 1 - tau^2/5} for {@code t <= T}.
 *
 * <p>{@link StatementForm#CORRECTED} adds {@code gamma <= 1/(20 (u*)^2)} and
 * {@code ||b_t|| <= tau (u*)^2/10} (not stated; see {@code spec/LNHW.yaml});
 * {@link StatementForm#PRINTED} decides the printed hypotheses only (the run bounds
 * {@code ||b_t||} by its radius, which implies the printed {@code |<v(t), b_t>|} bound, so both
 * are decided by the radius). Checks over the run (double,
 * {@link LnhwTolerances#PERTURBED_RUN}): the halving on every {@code T in [ceil(T_0), steps]}, the
 * direction bound for {@code 1 <= t <= steps}, and Lemma 8's {@code 1 - (tau/10)^2}. Cost: O(steps).
 *
 * <p>Spec: {@code LNHW:lem-11}.
 */
public final class PhaseTwoHalvingLemmaChecker extends TheoremChecker<HalvingRunInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-11";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public PhaseTwoHalvingLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public PhaseTwoHalvingLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  /** {@code T_0 = 5/(2 gamma (u*)^2)}. */
  public static double halvingTime(PerturbedRunInstance run) {
    return 5 / (2 * run.gamma() * run.uStarSquared());
  }

  @Override
  public String describe(HalvingRunInstance instance) {
    PerturbedRunInstance run = instance.run();
    return "(u*)^2=" + run.uStarSquared() + ", tau=" + instance.tau() + ", u^2(0)/(u*)^2="
        + run.initial() * run.initial() / run.uStarSquared() + ", gamma (u*)^2="
        + run.gamma() * run.uStarSquared() + ", " + run.adversary() + ", steps=" + run.steps()
        + " (" + form + ")";
  }

  @Override
  protected List<Check> evaluate(HalvingRunInstance instance, Hypotheses hypotheses) {
    PerturbedRunInstance run = instance.run();
    double uStarSquared = run.uStarSquared();
    double tau = instance.tau();
    double gamma = run.gamma();
    double initialSquare = run.initial() * run.initial();
    if (!hypotheses.require("(u*)^2 > 0, gamma > 0 (a step size)", uStarSquared > 0 && gamma > 0)
        || !hypotheses.require("0 < tau <= 1/2", tau > 0 && tau <= 0.5)
        || !hypotheses.require("|(u*)^2 - u^2(0)| <= tau (u*)^2",
            run.initial() > 0 && Math.abs(uStarSquared - initialSquare) <= tau * uStarSquared)
        || !hypotheses.require("|e_t| <= tau (u*)^2/10",
            run.magnitudeBound() <= tau * uStarSquared / 10)
        || !hypotheses.require("|<v(t), b_t>| <= tau (u*)^2/10",
            run.directionRadius() <= tau / 10)
        || form == StatementForm.CORRECTED && (!hypotheses.require(
            "||b_t|| <= tau (u*)^2/10 (added: Lemma 8 bounds the norm)",
            run.directionRadius() <= tau / 10)
        || !hypotheses.require("gamma <= 1/(20 (u*)^2) (added: the paper states none)",
            gamma <= 1 / (20 * uStarSquared)))
        || !hypotheses.require("the run covers T_0", run.steps() >= halvingTime(run))) {
      return List.of();
    }
    PerturbedRun result = PerturbedRun.of(run);
    double[] squares = result.uSquared();
    double[] alignment = result.alignment();
    double largestError = 0;
    for (int t = (int) Math.ceil(halvingTime(run)); t < squares.length; t++) {
      largestError = Math.max(largestError, Math.abs(squares[t] - uStarSquared));
    }
    double smallestAlignment = 1;
    for (double a : alignment) {
      smallestAlignment = Math.min(smallestAlignment, a);
    }
    double tolerance = LnhwTolerances.PERTURBED_RUN;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID,
        "|u^2(T) - (u*)^2| <= tau (u*)^2/2 for every T in [T_0, steps]", largestError,
        tau * uStarSquared / 2, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "<v(t), v*> >= 1 - tau^2/5 for 1 <= t <= steps",
        1 - tau * tau / 5, smallestAlignment, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "proof (Lemma 8): <v(t+1), v*> >= 1 - (tau/10)^2",
        1 - tau * tau / 100, smallestAlignment, tolerance));
    return checks;
  }
}
