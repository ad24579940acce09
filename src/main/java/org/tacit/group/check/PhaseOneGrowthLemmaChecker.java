package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.PerturbedRun;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 10 (Appendix C.2), on a worst-case run of (4)-(5) with {@code eta_t = 1/u^4}: from
 * {@code u(0) = alpha <= u* /5}, with {@code |e_t| <= (u*)^2/20} and perturbations {@code b_t} of
 * size {@code (u*)^2/20}, {@code u^2(T) >= (u*)^2/2} for every
 * {@code T >= T_0 = log((u*)^2/(2 alpha^2))/(2 log(1 + gamma (u*)^2/2))}, and (the proof, via
 * Lemma 9) {@code u^2(t) <= (3/2)(u*)^2} for all {@code t}.
 *
 * <p>{@link StatementForm#CORRECTED} adds the hypotheses the proof needs and the paper does not
 * state: {@code gamma <= 1/(20 (u*)^2)} and {@code ||b_t|| <= (u*)^2/20} (Lemma 8 bounds the norm,
 * the print bounds {@code |<v(t), b_t>|}). {@link StatementForm#PRINTED} decides only the printed
 * hypotheses (false without a step-size bound, see {@code spec/LNHW.yaml}). The run bounds
 * {@code ||b_t||} by its radius, which implies the printed {@code |<v(t), b_t>|} bound, so both
 * are decided by the radius. Checks over the run (double, {@link LnhwTolerances#PERTURBED_RUN}): the statement on {@code [ceil(T_0), steps]}, the
 * upper bound on {@code [0, steps]}, Lemma 8's {@code <v(t+1), v*> >= 1 - 1/400}, and the proof's
 * growth factor {@code u(t+1) >= u(t)(1 + gamma (u*)^2/2)} while {@code u^2(t) <= (u*)^2/2}.
 * Cost: O(steps).
 *
 * <p>Spec: {@code LNHW:lem-10}.
 */
public final class PhaseOneGrowthLemmaChecker extends TheoremChecker<PerturbedRunInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-10";

  private static final double PERTURBATION = 1.0 / 20;

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public PhaseOneGrowthLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public PhaseOneGrowthLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  /** {@code T_0 = log((u*)^2/(2 alpha^2))/(2 log(1 + gamma (u*)^2/2))}. */
  public static double growthTime(PerturbedRunInstance instance) {
    double alpha = instance.initial();
    return Math.log(instance.uStarSquared() / (2 * alpha * alpha))
        / (2 * Math.log1p(instance.gamma() * instance.uStarSquared() / 2));
  }

  @Override
  public String describe(PerturbedRunInstance instance) {
    return "(u*)^2=" + instance.uStarSquared() + ", alpha/u*="
        + instance.initial() / Math.sqrt(instance.uStarSquared()) + ", gamma (u*)^2="
        + instance.gamma() * instance.uStarSquared() + ", " + instance.adversary() + ", steps="
        + instance.steps() + " (" + form + ")";
  }

  @Override
  protected List<Check> evaluate(PerturbedRunInstance instance, Hypotheses hypotheses) {
    double uStarSquared = instance.uStarSquared();
    double alpha = instance.initial();
    double gamma = instance.gamma();
    if (!hypotheses.require("(u*)^2 > 0, gamma > 0 (a step size)", uStarSquared > 0 && gamma > 0)
        || !hypotheses.require("0 < u(0) = alpha <= u*/5",
            alpha > 0 && 25 * alpha * alpha <= uStarSquared)
        || !hypotheses.require("|e_t| <= (u*)^2/20",
            instance.magnitudeBound() <= uStarSquared / 20)
        || !hypotheses.require("|<v(t), b_t>| <= (u*)^2/20",
            instance.directionRadius() <= PERTURBATION)
        || form == StatementForm.CORRECTED && (!hypotheses.require(
            "||b_t|| <= (u*)^2/20 (added: Lemma 8 bounds the norm)",
            instance.directionRadius() <= PERTURBATION)
        || !hypotheses.require("gamma <= 1/(20 (u*)^2) (added: the paper states none)",
            gamma <= 1 / (20 * uStarSquared)))
        || !hypotheses.require("the run covers T_0", instance.steps() >= growthTime(instance))) {
      return List.of();
    }
    PerturbedRun run = PerturbedRun.of(instance);
    double[] squares = run.uSquared();
    double[] alignment = run.alignment();
    int start = (int) Math.ceil(growthTime(instance));
    double smallestAfter = Double.POSITIVE_INFINITY;
    for (int t = Math.max(start, 0); t < squares.length; t++) {
      smallestAfter = Math.min(smallestAfter, squares[t]);
    }
    double largest = 0;
    for (double square : squares) {
      largest = Math.max(largest, square);
    }
    double smallestAlignment = 1;
    for (double a : alignment) {
      smallestAlignment = Math.min(smallestAlignment, a);
    }
    double factor = 1 + gamma * uStarSquared / 2;
    double smallestGrowth = Double.POSITIVE_INFINITY;
    for (int t = 0; t + 1 < squares.length; t++) {
      if (squares[t] <= uStarSquared / 2) {
        smallestGrowth = Math.min(smallestGrowth, squares[t + 1] / (squares[t] * factor * factor));
      }
    }
    double tolerance = LnhwTolerances.PERTURBED_RUN;
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "u^2(T) >= (u*)^2/2 for every T in [T_0, steps]",
        uStarSquared / 2, smallestAfter, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "proof (Lemma 9): u^2(t) <= (3/2)(u*)^2 for all t",
        largest, 1.5 * uStarSquared, tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "proof (Lemma 8, B = 1/20): <v(t+1), v*> >= 1 - 1/400",
        1 - PERTURBATION * PERTURBATION, smallestAlignment, tolerance));
    if (smallestGrowth < Double.POSITIVE_INFINITY) {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "proof: u(t+1) >= u(t)(1 + gamma (u*)^2/2) while u^2(t) <= (u*)^2/2 (squared ratio)",
          1, smallestGrowth, tolerance));
    }
    return checks;
  }
}
