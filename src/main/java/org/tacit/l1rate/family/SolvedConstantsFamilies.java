package org.tacit.l1rate.family;

import java.util.Arrays;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.ProjectionFamilies;
import org.tacit.l1rate.model.ClosedFormInstance;
import org.tacit.l1rate.model.NullSpaceConstants;
import org.tacit.l1rate.model.NullSpaceConstantsSolver;
import org.tacit.l1rate.model.RateConstants;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instances of MS Assumption II.1 beyond the closed forms: the certified known-minimizer
 * instances of {@link ProjectionFamilies#knownMinimizer} (N in [2, 5] rows, |S| up to 5, d up to
 * 12, m_S of mixed signs, so rho^- > max(0, rho) and kappa > 1 occur) with rho, rho~, rho^-,
 * kappa* and the rho maximizer computed exactly by {@link NullSpaceConstantsSolver}.
 *
 * <p>Contract: every drawn instance has exact constants; the solver's x* and S are checked to
 * equal the instance's certified minimizer and support (an {@link IllegalStateException}
 * otherwise: two independent certificates disagreeing is a bug, never a skipped draw).
 * Cost: a few dozen exact LPs of at most 12 columns per draw (milliseconds).
 *
 * <p>Spec: {@code MS:asm-II.1}, {@code MS:eq-II.1}, {@code MS:eq-II.2}, {@code MS:def-II.1}.
 */
public final class SolvedConstantsFamilies {

  private SolvedConstantsFamilies() {}

  /** The instance with its exact solved constants. */
  public static ClosedFormInstance withSolvedConstants(KnownMinimizerInstance problem) {
    LinearSystem system = new LinearSystem(problem.problem().a(), problem.problem().y());
    NullSpaceConstants solved = NullSpaceConstantsSolver.compute(system, LpPrecision.EXACT);
    if (!Arrays.equals(solved.xStar(), problem.minimizer())
        || !Arrays.equals(solved.support(), problem.support())) {
      throw new IllegalStateException("solver and certificate disagree on x*: "
          + Arrays.toString(solved.xStar()) + " vs " + Arrays.toString(problem.minimizer()));
    }
    return new ClosedFormInstance(problem, RateConstants.of(solved));
  }

  /** Known-minimizer instances (degenerate: some off-support levels are zero) with solved constants. */
  public static InstanceFamily<ClosedFormInstance> knownMinimizer(boolean degenerate) {
    InstanceFamily<KnownMinimizerInstance> base = ProjectionFamilies.knownMinimizer(degenerate);
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return base.name() + " with solved exact constants";
      }

      @Override
      public ClosedFormInstance draw(Draws draws) {
        return withSolvedConstants(base.draw(draws));
      }
    };
  }
}
