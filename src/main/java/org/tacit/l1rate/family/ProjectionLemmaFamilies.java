package org.tacit.l1rate.family;

import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.ProjectionFamilies;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instance families of the checkers of MS Lemmas III.2 and III.3 and of (I.1)/(I.2) on the entropy
 * projection: instances with a strictly positive feasible point (a witness), and instances with a
 * known unique l1 minimizer (a strict dual certificate). The checkers verify both exactly
 * ({@code l1rate.check.ProjectionHypotheses}).
 *
 * <p>Spec: hypotheses of {@code MS:lem-III.2}, {@code MS:lem-III.3i}, {@code MS:lem-III.3ii},
 * {@code MS:eq-I.1}, {@code MS:eq-I.2}.
 */
public final class ProjectionLemmaFamilies {

  private ProjectionLemmaFamilies() {}

  /** Mixes the three families; alpha in [1e-12, 1]. */
  public static InstanceFamily<ProjectionInstance> mixed() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "positive feasible | forced zeros | known x* (both kinds), alpha in [1e-12, 1]";
      }

      @Override
      public ProjectionInstance draw(Draws draws) {
        switch (draws.intBetween(0, 3)) {
          case 0:
            return ProjectionFamilies.positiveFeasible().draw(draws);
          case 1:
            return ProjectionFamilies.forcedZeros().draw(draws);
          default:
            KnownMinimizerInstance k = ProjectionFamilies.knownMinimizer(draws.coin()).draw(draws);
            return new ProjectionInstance(k.problem(), ProjectionFamilies.logUniformAlpha(draws, 12),
                k.positiveFeasiblePoint());
        }
      }
    };
  }

  /** Instances with a known unique l1 minimizer, degenerate or not. */
  public static InstanceFamily<KnownMinimizerInstance> knownEither() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "known unique l1 minimiser, degenerate or not";
      }

      @Override
      public KnownMinimizerInstance draw(Draws draws) {
        return ProjectionFamilies.knownMinimizer(draws.coin()).draw(draws);
      }
    };
  }
}
