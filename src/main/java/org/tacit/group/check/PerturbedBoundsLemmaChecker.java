package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.group.model.BoundsRunInstance;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.PerturbedRun;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 9 (Appendix C.2), on a worst-case run of (4)-(5) with {@code eta_t = 1/u^4} and
 * {@code |e_t| <= B}: (part 1) if {@code u^2(0) <= (u*)^2} then {@code u^2(t) <= (u*)^2 + B} for
 * all {@code t}; (part 2) if {@code u^2(0) >= (u*)^2} and the directions stay aligned, then
 * {@code u^2(t) >= (1 - B_2)(u*)^2 - B} for all {@code t}.
 *
 * <p>Part 2's printed hypothesis {@code |<v(t), b_t>| <= B_2 tau (u*)^2} leaves {@code tau}
 * undefined; it is read as {@code <v(t+1), v*> >= 1 - B_2}, which the run guarantees through
 * Lemma 8 by {@code ||b_t|| <= rho (u*)^2} with {@code rho^2 <= 1 - (1 - B_2)^2}.
 * {@link StatementForm#CORRECTED} adds the step sizes the Lemma 7 argument needs and the paper does
 * not state: {@code gamma <= 1/(4 ((u*)^2 + B))} for part 1; {@code gamma <= 1/(20 (u*)^2)} and
 * {@code u^2(0) <= 3 (u*)^2} for part 2 (so that the magnitude map is increasing on the range of
 * the run). {@link StatementForm#PRINTED} decides part 1 with the printed hypotheses only (part 2
 * as printed is not decidable). Double, {@link LnhwTolerances#PERTURBED_RUN}. Cost: O(steps).
 *
 * <p>Spec: {@code LNHW:lem-9}.
 */
public final class PerturbedBoundsLemmaChecker extends TheoremChecker<BoundsRunInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-9";

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public PerturbedBoundsLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public PerturbedBoundsLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(BoundsRunInstance instance) {
    PerturbedRunInstance run = instance.run();
    return "(u*)^2=" + run.uStarSquared() + ", u^2(0)/(u*)^2="
        + run.initial() * run.initial() / run.uStarSquared() + ", B=" + run.magnitudeBound()
        + ", B_2=" + instance.shortfall() + ", gamma (u*)^2=" + run.gamma() * run.uStarSquared()
        + ", " + run.adversary() + " (" + form + ")";
  }

  @Override
  protected List<Check> evaluate(BoundsRunInstance instance, Hypotheses hypotheses) {
    PerturbedRunInstance run = instance.run();
    double uStarSquared = run.uStarSquared();
    double b = run.magnitudeBound();
    double gamma = run.gamma();
    double initialSquare = run.initial() * run.initial();
    boolean below = initialSquare <= uStarSquared;
    if (!hypotheses.require("(u*)^2 > 0, gamma > 0 (a step size), u(0) > 0",
            uStarSquared > 0 && gamma > 0 && run.initial() > 0)
        || !hypotheses.require("|e_t| <= B", b >= 0)
        || !hypotheses.require("||b_t|| < (u*)^2 (Lemma 8)", run.directionRadius() < 1)) {
      return List.of();
    }
    if (below && form == StatementForm.CORRECTED && !hypotheses.require(
        "gamma <= 1/(4 ((u*)^2 + B)) (added: the paper states none)",
        gamma <= 1 / (4 * (uStarSquared + b)))) {
      return List.of();
    }
    double shortfall = instance.shortfall();
    double rho = run.directionRadius();
    if (!below && (!hypotheses.require("part 2 decidable: the CORRECTED form",
            form == StatementForm.CORRECTED)
        || !hypotheses.require("<v(t+1), v*> >= 1 - B_2 via ||b_t|| <= rho (u*)^2,"
            + " rho^2 <= 1 - (1 - B_2)^2 (reading of the undefined tau)",
            shortfall >= 0 && shortfall < 1
                && rho * rho <= 1 - (1 - shortfall) * (1 - shortfall))
        || !hypotheses.require("gamma <= 1/(20 (u*)^2) (added: the paper states none)",
            gamma <= 1 / (20 * uStarSquared))
        || !hypotheses.require("u^2(0) <= 3 (u*)^2 (added: the map stays increasing)",
            initialSquare <= 3 * uStarSquared))) {
      return List.of();
    }
    PerturbedRun result = PerturbedRun.of(run);
    double[] squares = result.uSquared();
    double tolerance = LnhwTolerances.PERTURBED_RUN;
    List<Check> checks = new ArrayList<>();
    if (below) {
      double largest = 0;
      for (double square : squares) {
        largest = Math.max(largest, square);
      }
      checks.add(Check.lessOrEqual(SPEC_ID, "part 1: u^2(t) <= (u*)^2 + B for all t", largest,
          uStarSquared + b, tolerance));
    } else {
      double smallest = Double.POSITIVE_INFINITY;
      for (double square : squares) {
        smallest = Math.min(smallest, square);
      }
      double smallestAlignment = 1;
      for (double a : result.alignment()) {
        smallestAlignment = Math.min(smallestAlignment, a);
      }
      checks.add(Check.lessOrEqual(SPEC_ID, "part 2: u^2(t) >= (1 - B_2)(u*)^2 - B for all t",
          (1 - shortfall) * uStarSquared - b, smallest, tolerance));
      checks.add(Check.lessOrEqual(SPEC_ID, "part 2 reading: <v(t+1), v*> >= 1 - B_2",
          1 - shortfall, smallestAlignment, tolerance));
    }
    return checks;
  }
}
