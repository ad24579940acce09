package org.tacit.l1rate;

import java.util.List;
import org.tacit.bregman.KnownMinimizerInstance;
import org.tacit.bregman.ProjectionInstance;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.check.DeviationSplitLemmaChecker;
import org.tacit.l1rate.check.EntropyDivergenceDefinitionChecker;
import org.tacit.l1rate.check.FlowLimitProjectionChecker;
import org.tacit.l1rate.check.KernelIdentityLemmaChecker;
import org.tacit.l1rate.check.MaximalSupportLemmaChecker;
import org.tacit.l1rate.check.MinimumNormLimitChecker;
import org.tacit.l1rate.check.NullSpaceConeLemmaChecker;
import org.tacit.l1rate.check.RateLowerBoundChecker;
import org.tacit.l1rate.check.RateUpperBoundChecker;
import org.tacit.l1rate.check.VanishingDeviationChecker;
import org.tacit.l1rate.family.NullSpaceFamilies;
import org.tacit.l1rate.family.ProjectionLemmaFamilies;
import org.tacit.l1rate.family.RateFamilies;
import org.tacit.l1rate.family.SectionOneFamilies;
import org.tacit.l1rate.family.SolvedConstantsFamilies;
import org.tacit.l1rate.model.AssumptionII1Report;
import org.tacit.l1rate.model.EntropyDivergenceInstance;
import org.tacit.l1rate.model.FlowLimitInstance;
import org.tacit.l1rate.model.RateInstance;
import org.tacit.lp.LinearSystem;
import org.tacit.verify.Catalogue;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.StatementForm;

/**
 * The MS (seed 003, implicit l1 regularization and the rate alpha^(1-rho)) checkers: each with
 * its built-in instances, its JSON reader where a user's instance is accepted
 * ({@link MsInstanceJson}), and a broken instance for the contract test.
 *
 * <p>The Theorem II.2 entries run on certified known-minimizer instances with exact constants
 * from {@code NullSpaceConstantsSolver}; (b) is registered in its corrected form (erratum of
 * (II.4)). Printed forms ({@link StatementForm#PRINTED}) are not registered: they fail by design.
 */
public final class MsCatalogue implements Catalogue {

  @Override
  public String paper() {
    return "MS";
  }

  @Override
  public List<CatalogueEntry<?>> entries() {
    InstanceFamily<FlowLimitInstance> flow = SectionOneFamilies.flowLimit();
    InstanceFamily<ProjectionInstance> mixed = ProjectionLemmaFamilies.mixed();
    InstanceFamily<KnownMinimizerInstance> known = ProjectionLemmaFamilies.knownEither();
    InstanceFamily<RateInstance> upper =
        RateFamilies.upperBound(SolvedConstantsFamilies.knownMinimizer(false), 12);
    InstanceFamily<RateInstance> lower =
        RateFamilies.lowerBound(SolvedConstantsFamilies.knownMinimizer(true), 12);
    InstanceFamily<EntropyDivergenceInstance> points = SectionOneFamilies.entropyPoints();
    return List.of(
        CatalogueEntry.of("MS:rem-I.2", new CheckSuite<>(new FlowLimitProjectionChecker(), flow),
            MsInstanceJson::flowLimit, new HypothesisViolation<>("alpha > 0",
                draws -> new FlowLimitInstance(flow.draw(draws).system(), 0))),
        CatalogueEntry.of("MS:lem-III.2", new CheckSuite<>(new MaximalSupportLemmaChecker(), mixed),
            null, new HypothesisViolation<>("alpha > 0", draws -> zeroAlpha(mixed.draw(draws)))),
        CatalogueEntry.of("MS:lem-III.3ii",
            new CheckSuite<>(new KernelIdentityLemmaChecker(), mixed), null,
            new HypothesisViolation<>("alpha > 0", draws -> zeroAlpha(mixed.draw(draws)))),
        CatalogueEntry.of("MS:lem-III.3i",
            new CheckSuite<>(new DeviationSplitLemmaChecker(), known), null,
            new HypothesisViolation<>("A x* = y", draws -> wrongMinimizer(known.draw(draws)))),
        CatalogueEntry.of("MS:eq-I.2", new CheckSuite<>(new VanishingDeviationChecker(), known),
            null, new HypothesisViolation<>("A x* = y",
                draws -> wrongMinimizer(known.draw(draws)))),
        CatalogueEntry.of("MS:lem-III.1", new CheckSuite<>(new NullSpaceConeLemmaChecker(),
            NullSpaceFamilies.certified(5, 10, 4, 4)), MsInstanceJson::linearSystem,
            new HypothesisViolation<>(AssumptionII1Report.PART_A, MsCatalogue::zeroRightSide)),
        CatalogueEntry.of("MS:def-I.5",
            new CheckSuite<>(new EntropyDivergenceDefinitionChecker(), points), null,
            new HypothesisViolation<>("alpha > 0", draws -> {
              EntropyDivergenceInstance valid = points.draw(draws);
              return new EntropyDivergenceInstance(valid.x(), valid.x0(), BigRational.ZERO);
            })),
        CatalogueEntry.of("MS:rem-I.1", new CheckSuite<>(new MinimumNormLimitChecker(),
            SectionOneFamilies.minimumNorm()), MsInstanceJson::linearSystem,
            new HypothesisViolation<>("A has full row rank", draws -> LinearSystem.of(
                new long[][] {{1, draws.between(1, 5)}, {2, 0}, {3, 0}}, new long[] {1, 2, 3}))),
        CatalogueEntry.of("MS:thm-II.2a", new CheckSuite<>(new RateUpperBoundChecker(), upper),
            null, new HypothesisViolation<>("0 < alpha < min_S x*", draws -> {
              RateInstance valid = upper.draw(draws);
              return new RateInstance(valid.instance(),
                  valid.instance().constants().minOnSupport().doubleValue());
            })),
        CatalogueEntry.of("MS:thm-II.2b", new CheckSuite<>(
            new RateLowerBoundChecker(StatementForm.CORRECTED), lower), null,
            new HypothesisViolation<>("alpha > 0 and C eps^(1-rho) <= 1", draws -> {
              RateInstance valid = lower.draw(draws);
              return new RateInstance(valid.instance(),
                  2 * valid.instance().constants().minOnSupport().doubleValue());
            })));
  }

  /** The instance at {@code alpha = 0}. */
  private static ProjectionInstance zeroAlpha(ProjectionInstance valid) {
    return new ProjectionInstance(valid.problem(), 0, valid.positiveFeasiblePoint());
  }

  /**
   * The instance with {@code x*_i} increased by 1 for the first i in S: {@code A x*' = y + a_i}
   * with {@code a_i != 0} since {@code A_S} is injective, so {@code A x*' != y}.
   */
  private static KnownMinimizerInstance wrongMinimizer(KnownMinimizerInstance valid) {
    BigRational[] wrong = valid.minimizer();
    int i = valid.support().length > 0 ? valid.support()[0] : 0;
    wrong[i] = wrong[i].add(BigRational.ONE);
    return new KnownMinimizerInstance(valid.problem(), wrong, valid.dualCertificate(),
        valid.kernelDirection(), valid.positiveFeasiblePoint());
  }

  /** A certified system with {@code y = 0} (Assumption II.1(a) fails). */
  private static LinearSystem zeroRightSide(Draws draws) {
    LinearSystem valid = NullSpaceFamilies.certified(5, 10, 4, 4).draw(draws);
    BigRational[] zero = new BigRational[valid.rows()];
    java.util.Arrays.fill(zero, BigRational.ZERO);
    return new LinearSystem(valid.a(), zero);
  }
}
