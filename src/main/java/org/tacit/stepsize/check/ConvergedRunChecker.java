package org.tacit.stepsize.check;

import java.util.List;
import org.tacit.stepsize.model.ConvergedRun;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The common part of the NRSS checkers on GD runs (Lemma 2.3, Theorems 4.2, 6.2, B.1): the run's
 * label, and the hypotheses (the network the item is stated for, then those of
 * {@link ConvergedRun#hypotheses}: the run converged, its parameters have the right length and
 * are finite, the step is positive).
 */
public abstract class ConvergedRunChecker extends TheoremChecker<ConvergedRun> {

  private final NetworkModel network;

  /** A checker of {@code specId} on runs of {@code network}. */
  ConvergedRunChecker(String specId, NetworkModel network) {
    super(specId);
    this.network = network;
  }

  @Override
  public final String describe(ConvergedRun run) {
    return run.label();
  }

  @Override
  protected final List<Check> evaluate(ConvergedRun run, Hypotheses hypotheses) {
    if (!network.require(run.model(), hypotheses) || !hypotheses.requireAll(run.hypotheses())) {
      return List.of();
    }
    return evaluateRun(run);
  }

  /** The checks at the final iterate of a run that meets the hypotheses. */
  protected abstract List<Check> evaluateRun(ConvergedRun run);
}
