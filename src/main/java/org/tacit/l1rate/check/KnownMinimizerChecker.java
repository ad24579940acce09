package org.tacit.l1rate.check;

import java.util.List;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * The common part of the MS checkers on instances with a known unique nonnegative l1 minimizer
 * {@code x*} (Lemma III.3(i), (I.1)/(I.2)): the instance label, the hypotheses ({@code A x* = y},
 * a strict dual certificate, {@code A_S} injective and a positive witness, decided exactly by
 * {@link ProjectionHypotheses}), and the entropy projection solver the subclasses sweep alpha
 * with.
 */
abstract class KnownMinimizerChecker extends TheoremChecker<KnownMinimizerInstance> {

  private final EntropyProjection solver = new EntropyProjection();

  /** A checker of {@code specId}. */
  KnownMinimizerChecker(String specId) {
    super(specId);
  }

  @Override
  public final String describe(KnownMinimizerInstance instance) {
    return "d=" + instance.problem().a().cols() + ", N=" + instance.problem().a().rows()
        + ", |S|=" + instance.support().length;
  }

  @Override
  protected final List<Check> evaluate(KnownMinimizerInstance instance, Hypotheses hypotheses) {
    if (!ProjectionHypotheses.knownMinimizer(instance, hypotheses)) {
      return List.of();
    }
    return evaluateKnown(instance);
  }

  /** The entropy projection of {@code alpha 1} for {@code instance}'s problem. */
  protected final EntropyProjectionResult project(KnownMinimizerInstance instance, double alpha) {
    return solver.solve(instance.problem(), alpha);
  }

  /** The checks on an instance whose hypotheses hold. */
  protected abstract List<Check> evaluateKnown(KnownMinimizerInstance instance);
}
