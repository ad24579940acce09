package org.tacit.l1rate.check;

import java.util.List;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The common part of the MS checkers that evaluate a lemma at the certified entropy projection of
 * one instance (Lemmas III.2 and III.3(ii)): the instance label, the hypotheses ({@code alpha > 0},
 * and a witness that is feasible and strictly positive exactly on the support mask, decided
 * exactly by {@link ProjectionHypotheses}), and the projection {@code x_inf(alpha)} computed once
 * by {@link EntropyProjection}.
 */
abstract class ProjectionLemmaChecker extends TheoremChecker<ProjectionInstance> {

  private final EntropyProjection solver = new EntropyProjection();

  /** A checker of {@code specId}. */
  ProjectionLemmaChecker(String specId) {
    super(specId);
  }

  @Override
  public final String describe(ProjectionInstance instance) {
    return "alpha=" + instance.alpha() + ", d=" + instance.problem().a().cols() + ", N="
        + instance.problem().a().rows();
  }

  @Override
  protected final List<Check> evaluate(ProjectionInstance instance, Hypotheses hypotheses) {
    if (!hypotheses.require("alpha > 0", instance.alpha() > 0)
        || !ProjectionHypotheses.positiveWitness(instance, hypotheses)) {
      return List.of();
    }
    return evaluateAt(instance, solver.solve(instance.problem(), instance.alpha()));
  }

  /** The checks of the lemma at the projection {@code result} of {@code instance}. */
  protected abstract List<Check> evaluateAt(ProjectionInstance instance,
      EntropyProjectionResult result);
}
