package org.tacit.benign.check;

import org.tacit.benign.model.StageInstance;
import org.tacit.verify.Hypotheses;

/**
 * The hypotheses shared by the stage checkers, decided by name, and the describe line of a
 * {@link StageInstance}.
 *
 * <p>Spec: {@code ZG:lem-5.3}, {@code ZG:lem-5.6}, {@code ZG:thm-3.1}.
 */
final class StageHypotheses {

  private StageHypotheses() {}

  /** Requires {@code alpha > 0}, {@code lambda > 0}, {@code s >= 1}, {@code 2 eta lambda beta_max <= 1/2}. */
  static boolean require(StageInstance instance, Hypotheses hypotheses) {
    return hypotheses.require("alpha > 0", instance.alpha() > 0)
        && hypotheses.require("lambda > 0", instance.lambda() > 0)
        && hypotheses.require("beta* has a nonempty support", instance.support().length >= 1)
        && hypotheses.require("2 eta lambda beta_max <= 1/2",
            instance.eta() > 0 && 2 * instance.eta() * instance.lambda() * instance.betaMax() <= 0.5);
  }

  /** Sizes and parameters of {@code instance}. */
  static String describe(StageInstance instance) {
    return "n=" + instance.samples() + ", d=" + instance.dimension() + ", sigma="
        + instance.sigma() + ", lambda=" + instance.lambda() + ", alpha=" + instance.alpha()
        + ", eta=" + instance.eta() + ", eps=" + instance.lossTarget();
  }
}
