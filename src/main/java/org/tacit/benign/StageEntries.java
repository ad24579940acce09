package org.tacit.benign;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.check.GradientApproximationLemmaChecker;
import org.tacit.benign.check.SignalGrowthLemmaChecker;
import org.tacit.benign.check.StageOneLemmaChecker;
import org.tacit.benign.check.StageTwoLemmaChecker;
import org.tacit.benign.family.StageFamilies;
import org.tacit.benign.model.GradientApproximationInstance;
import org.tacit.benign.model.StageInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered ZG checkers of the two-stage dynamics (Section 5, Appendices A.2, B, C, D): the
 * gradient approximation of Lemma 5.2, Stage 1, the signal growth and halving lemmas, and Stage 2
 * with Theorem 3.1's measured constants.
 */
final class StageEntries {

  /**
   * Built-in instances {@code tacit check} runs per stage lemma unless the user gives a count:
   * each instance is a GD run to interpolation at d in [200, 400] (0.1-0.2 s on one core), so 200
   * of them took 30-40 s per lemma; 40 runs still cover the dimension range.
   */
  static final int RUNS_BY_DEFAULT = 40;

  private static final String RUN_COST = "each instance runs GD to interpolation";

  private StageEntries() {}

  /** The entries (one statement per entry). */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("ZG:lem-5.2",
        new CheckSuite<>(new GradientApproximationLemmaChecker(),
            StageFamilies.gradientApproximation()), null,
        new HypothesisViolation<>("X / sqrt(n) is (s+1, delta)-RIP", StageEntries::smallDelta)));
    entries.add(CatalogueEntry.of("ZG:lem-5.3",
        new CheckSuite<>(new StageOneLemmaChecker(),
            StageFamilies.gaussian(StageFamilies.MIN_DIMENSION,
                StageFamilies.MAX_DIMENSION)), null,
        new HypothesisViolation<>("2 eta lambda beta_max <= 1/2", StageEntries::largeStep))
        .withInstanceCap(RUNS_BY_DEFAULT, RUN_COST));
    entries.add(CatalogueEntry.of("ZG:lem-B.5",
        new CheckSuite<>(new SignalGrowthLemmaChecker(),
            StageFamilies.gaussian(StageFamilies.MIN_DIMENSION,
                StageFamilies.MAX_DIMENSION)), null,
        new HypothesisViolation<>("2 eta lambda beta_max <= 1/2", StageEntries::largeStep))
        .withInstanceCap(RUNS_BY_DEFAULT, RUN_COST));
    entries.add(CatalogueEntry.of("ZG:lem-5.6",
        new CheckSuite<>(new StageTwoLemmaChecker(),
            StageFamilies.gaussian(StageFamilies.MIN_DIMENSION,
                StageFamilies.MAX_DIMENSION)), null,
        new HypothesisViolation<>("2 eta lambda beta_max <= 1/2", StageEntries::largeStep))
        .withInstanceCap(RUNS_BY_DEFAULT, RUN_COST));
    return entries;
  }

  /** A Lemma 5.2 instance whose claimed delta is half the enumerated one. */
  private static GradientApproximationInstance smallDelta(Draws draws) {
    GradientApproximationInstance valid = StageFamilies.gradientApproximation().draw(draws);
    return new GradientApproximationInstance(valid.stage(), valid.delta() / 2, valid.steps());
  }

  /** A stage instance with five times the step ({@code 2 eta lambda beta_max = 5/4}). */
  private static StageInstance largeStep(Draws draws) {
    return StageFamilies.instance(StageFamilies.MIN_DIMENSION, draws, StageFamilies.SIGMA,
        StageFamilies.ALPHA, 5.0);
  }
}
