package org.tacit.stepsize.check;

import java.util.List;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The common part of the NRSS stability lemmas at a solution (Lemmas 4.1, 6.1, C.1): the
 * hypotheses (the network the lemma is stated for, then those of
 * {@link SolutionInstance#hypotheses}: theta has the model's length, is finite, and interpolates
 * the data).
 */
public abstract class SolutionLemmaChecker extends TheoremChecker<SolutionInstance> {

  private final NetworkModel network;

  /** A checker of {@code specId} at solutions of {@code network}. */
  SolutionLemmaChecker(String specId, NetworkModel network) {
    super(specId);
    this.network = network;
  }

  @Override
  public String describe(SolutionInstance instance) {
    return instance.label();
  }

  @Override
  protected final List<Check> evaluate(SolutionInstance instance, Hypotheses hypotheses) {
    if (!network.require(instance.model(), hypotheses)
        || !hypotheses.requireAll(instance.hypotheses())) {
      return List.of();
    }
    return evaluateSolution(instance);
  }

  /** The checks at a solution that meets the hypotheses. */
  protected abstract List<Check> evaluateSolution(SolutionInstance instance);
}
