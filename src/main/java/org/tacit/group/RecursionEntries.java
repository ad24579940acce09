package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.BoundedMonotoneRecursionLemmaChecker;
import org.tacit.group.check.ConstantStepDirectionLemmaChecker;
import org.tacit.group.check.GrowthConvergenceLemmaChecker;
import org.tacit.group.check.LargeStepDirectionLemmaChecker;
import org.tacit.group.check.LargeStepIdentityChecker;
import org.tacit.group.check.MultiplicativeGrowthLemmaChecker;
import org.tacit.group.check.PerturbedBoundsLemmaChecker;
import org.tacit.group.check.PerturbedStepChecker;
import org.tacit.group.check.PhaseOneGrowthLemmaChecker;
import org.tacit.group.check.PhaseTwoHalvingLemmaChecker;
import org.tacit.group.check.SlowGrowthEscapeLemmaChecker;
import org.tacit.group.family.PerturbedRunFamilies;
import org.tacit.group.family.ScalarRecursionFamilies;
import org.tacit.group.family.SingleGroupFamilies;
import org.tacit.group.model.BoundsRunInstance;
import org.tacit.group.model.ConstantStepInstance;
import org.tacit.group.model.ConvergenceTimeInstance;
import org.tacit.group.model.DirectionBoundInstance;
import org.tacit.group.model.EscapeTimeInstance;
import org.tacit.group.model.HalvingRunInstance;
import org.tacit.group.model.LargeStepInstance;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.group.model.MultiplicativeRecursionInstance;
import org.tacit.group.model.PerturbedRunInstance;
import org.tacit.group.model.PerturbedStepInstance;
import org.tacit.group.model.RationalUnitVectors;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/** The registered LNHW checkers of Appendices C-D: the scalar and single-group recursions (Lemmas 5-11, 14, 16). */
final class RecursionEntries {

  private RecursionEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("LNHW:lem-7",
        new CheckSuite<>(new BoundedMonotoneRecursionLemmaChecker(),
            ScalarRecursionFamilies.magnitude()),
        null, new HypothesisViolation<>("gamma <= 1/(4 (u*)^2)",
            draws -> new MagnitudeRecursionInstance(BigRational.ONE, BigRational.of(1, 2),
                BigRational.of(1, 4).add(BigRational.of(1, draws.between(2, 100))), 3))));
    entries.add(CatalogueEntry.of("LNHW:eq-4",
        new CheckSuite<>(new PerturbedStepChecker(), SingleGroupFamilies.perturbedStep()),
        null, new HypothesisViolation<>("u(t) > 0", draws -> {
          PerturbedStepInstance step = SingleGroupFamilies.perturbedStep().draw(draws);
          return new PerturbedStepInstance(step.u().negate(), step.uStarSquared(),
              step.vStar(), step.v(), step.eta(), step.gamma(), step.b(), step.e(),
              step.next());
        })));
    entries.add(CatalogueEntry.of("LNHW:eq-6",
        new CheckSuite<>(new LargeStepIdentityChecker(), SingleGroupFamilies.largeStep()),
        null, new HypothesisViolation<>("u(t) > 0", draws -> {
          LargeStepInstance step = SingleGroupFamilies.largeStep().draw(draws);
          return new LargeStepInstance(BigRational.ZERO, step.uStarSquared(), step.vStar(),
              step.v(), step.b());
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-8",
        new CheckSuite<>(new LargeStepDirectionLemmaChecker(),
            SingleGroupFamilies.directionBound()),
        null, new HypothesisViolation<>("||b_t|| <= B (u*)^2", draws -> {
          DirectionBoundInstance instance = SingleGroupFamilies.directionBound().draw(draws);
          LargeStepInstance step = instance.step();
          BigRational radius = instance.bound().multiply(step.uStarSquared())
              .multiply(BigRational.ONE.add(BigRational.of(1, draws.between(2, 100))));
          return new DirectionBoundInstance(new LargeStepInstance(step.uSquared(),
              step.uStarSquared(), step.vStar(), step.v(),
              RationalUnitVectors.scale(radius.negate(), step.vStar())), instance.bound());
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-14",
        new CheckSuite<>(new MultiplicativeGrowthLemmaChecker(),
            ScalarRecursionFamilies.multiplicative()),
        null, new HypothesisViolation<>("gamma <= 1/(4B)", draws -> {
          MultiplicativeRecursionInstance instance =
              ScalarRecursionFamilies.multiplicative().draw(draws);
          BigRational gamma = BigRational.ONE.add(BigRational.of(1, draws.between(2, 100)))
              .divide(BigRational.of(4).multiply(instance.bound()));
          return new MultiplicativeRecursionInstance(instance.alpha(), instance.bound(), gamma,
              instance.period());
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-16",
        new CheckSuite<>(new ConstantStepDirectionLemmaChecker(),
            SingleGroupFamilies.constantStep()),
        null, new HypothesisViolation<>("0 < eta <= 4/(9 (u*)^4)", draws -> {
          ConstantStepInstance instance = SingleGroupFamilies.constantStep().draw(draws);
          BigRational eta = BigRational.of(4, 9).divide(instance.uStarSquared().pow(2))
              .multiply(BigRational.ONE.add(BigRational.of(1, draws.between(2, 100))));
          return new ConstantStepInstance(instance.uSquared(), instance.uStarSquared(),
              instance.vStar(), instance.v(), eta, instance.tau(), instance.b());
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-5",
        new CheckSuite<>(new SlowGrowthEscapeLemmaChecker(),
            ScalarRecursionFamilies.escapeTime()),
        null, new HypothesisViolation<>("0 < theta < 1",
            draws -> new EscapeTimeInstance(BigRational.of(draws.between(100, 200), 100),
                BigRational.ONE))));
    entries.add(CatalogueEntry.of("LNHW:lem-6",
        new CheckSuite<>(new GrowthConvergenceLemmaChecker(),
            ScalarRecursionFamilies.convergenceTime()),
        null, new HypothesisViolation<>("0 < B < 1/10", draws -> {
          ConvergenceTimeInstance instance = ScalarRecursionFamilies.convergenceTime()
              .draw(draws);
          return new ConvergenceTimeInstance(instance.uStar(), draws.uniform(0.1, 0.3),
              instance.tau(), instance.theta());
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-9",
        new CheckSuite<>(new PerturbedBoundsLemmaChecker(), PerturbedRunFamilies.bounds()),
        null, new HypothesisViolation<>("|e_t| <= B", draws -> {
          BoundsRunInstance instance = PerturbedRunFamilies.bounds().draw(draws);
          PerturbedRunInstance run = instance.run();
          return new BoundsRunInstance(new PerturbedRunInstance(run.uStarSquared(),
              run.initial(), run.gamma(), run.directionRadius(), -draws.uniform(0.01, 1),
              run.adversary(), run.seed(), run.steps()), instance.shortfall());
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-10",
        new CheckSuite<>(new PhaseOneGrowthLemmaChecker(), PerturbedRunFamilies.phaseOne()),
        null, new HypothesisViolation<>("gamma <= 1/(20 (u*)^2)", draws -> {
          PerturbedRunInstance run = PerturbedRunFamilies.phaseOne().draw(draws);
          return withGamma(run, draws.uniform(2, 4) / (20 * run.uStarSquared()));
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-11",
        new CheckSuite<>(new PhaseTwoHalvingLemmaChecker(), PerturbedRunFamilies.phaseTwo()),
        null, new HypothesisViolation<>("gamma <= 1/(20 (u*)^2)", draws -> {
          HalvingRunInstance instance = PerturbedRunFamilies.phaseTwo().draw(draws);
          PerturbedRunInstance run = instance.run();
          return new HalvingRunInstance(
              withGamma(run, draws.uniform(2, 4) / (20 * run.uStarSquared())), instance.tau());
        })));
    return entries;
  }

  /** The run with another step size (and the same number of steps). */
  private static PerturbedRunInstance withGamma(PerturbedRunInstance run, double gamma) {
    return new PerturbedRunInstance(run.uStarSquared(), run.initial(), gamma,
        run.directionRadius(), run.magnitudeBound(), run.adversary(), run.seed(), run.steps());
  }
}
