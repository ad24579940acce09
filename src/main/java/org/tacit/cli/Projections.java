package org.tacit.cli;

import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.l1rate.model.FeasibleSupport;
import org.tacit.lp.LinearSystem;

/**
 * The entropy Bregman projection as the commands {@code bregman} and {@code flow} need it: first
 * the maximal support by one exact LP (MS Lemma III.2), then the certified projection on it. A
 * solver refusal (empty feasible set, no certificate) becomes a {@link HypothesisException}
 * (exit 3) naming the reason.
 */
final class Projections {

  private Projections() {}

  /** The maximal support by one exact LP (MS Lemma III.2); an empty feasible set exits 3. */
  static boolean[] maximalSupport(LinearSystem system) {
    try {
      return FeasibleSupport.of(system).mask();
    } catch (IllegalArgumentException e) {
      throw new HypothesisException(e.getMessage() + " (the projection needs a feasible point)");
    }
  }

  /** The projection of {@code alpha 1} on the mask; a solver refusal exits 3. */
  static EntropyProjectionResult solve(LinearSystem system, boolean[] mask, double alpha) {
    try {
      return new EntropyProjection().solve(
          new EntropyProjectionProblem(system.a(), system.y(), mask), alpha);
    } catch (IllegalArgumentException e) {
      throw new HypothesisException("no certified projection: " + e.getMessage());
    }
  }
}
