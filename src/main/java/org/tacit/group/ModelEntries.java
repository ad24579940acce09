package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.BalancingLemmaChecker;
import org.tacit.group.check.EarlyStoppingTheoremChecker;
import org.tacit.group.check.GradientFormulaChecker;
import org.tacit.group.check.InitialDirectionLemmaChecker;
import org.tacit.group.check.InitialStepRemarkChecker;
import org.tacit.group.check.IterationWindowChecker;
import org.tacit.group.check.NoiseCorrelationLemmaChecker;
import org.tacit.group.check.SupportErrorStepChecker;
import org.tacit.group.family.EarlyStoppingFamilies;
import org.tacit.group.family.GradientFamilies;
import org.tacit.group.family.InitialDirectionFamilies;
import org.tacit.group.family.IterationWindowFamilies;
import org.tacit.group.family.NoiseCorrelationFamilies;
import org.tacit.group.family.SupportErrorFamilies;
import org.tacit.group.model.EarlyStoppingInstance;
import org.tacit.group.model.GradientInstance;
import org.tacit.group.model.InitialDirectionInstance;
import org.tacit.group.model.IterationWindow;
import org.tacit.group.model.NoiseCorrelationTrial;
import org.tacit.group.model.SupportErrorState;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered LNHW checkers of Sections 2-3 and Appendix B: the model, its loss and gradients,
 * Lemma 2 and Lemma 3, the iteration window and support-error step of Theorem 3's proof,
 * Lemma 15, and Theorems 3 and 4 on runs of Algorithms 1 and 2.
 */
final class ModelEntries {

  private ModelEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("LNHW:rem-2.3",
        new CheckSuite<>(new GradientFormulaChecker(), GradientFamilies.rational()), null,
        new HypothesisViolation<>("u in R_+^L (u_l > 0)", ModelEntries::zeroMagnitude)));
    entries.add(CatalogueEntry.of("LNHW:lem-2",
        new CheckSuite<>(new BalancingLemmaChecker(), GradientFamilies.rational()), null,
        new HypothesisViolation<>("step h > 0", draws -> {
          GradientInstance valid = GradientFamilies.rational().draw(draws);
          return new GradientInstance(valid.groups(), valid.x(), valid.y(), valid.u(),
              valid.v(), BigRational.ZERO);
        })));
    entries.add(CatalogueEntry.of("LNHW:rem-3.2.2",
        new CheckSuite<>(new InitialStepRemarkChecker(), GradientFamilies.rational()), null,
        new HypothesisViolation<>("u in R_+^L (u_l > 0)", ModelEntries::zeroMagnitude)));
    entries.add(CatalogueEntry.of("LNHW:lem-3",
        new CheckSuite<>(new InitialDirectionLemmaChecker(),
            InitialDirectionFamilies.corrected()), null,
        new HypothesisViolation<>("l in S (w_l* != 0)", draws -> {
          InitialDirectionInstance valid = InitialDirectionFamilies.corrected().draw(draws);
          BigRational[] wStar = valid.wStar().clone();
          for (int i : valid.groups().members(valid.group())) {
            wStar[i] = BigRational.ZERO;
          }
          return new InitialDirectionInstance(valid.groups(), valid.sigma(), wStar,
              valid.noiseCorrelation(), valid.group(), valid.deltaIn(), valid.deltaOut());
        })));
    entries.add(CatalogueEntry.of("LNHW:rem-D.1.2",
        new CheckSuite<>(new IterationWindowChecker(), IterationWindowFamilies.admissible()),
        null, new HypothesisViolation<>("0 < gamma <= 1/(20 (u*_max)^2)", draws -> {
          IterationWindow valid = IterationWindowFamilies.admissible().draw(draws);
          return new IterationWindow(valid.uStarMinSquared(), valid.uStarMaxSquared(),
              valid.groupCount(), valid.supportGroups(), valid.epsilon(), valid.noiseInf(),
              valid.alpha(), 2 * valid.gammaBound());
        })));
    entries.add(CatalogueEntry.of("LNHW:eq-9",
        new CheckSuite<>(new SupportErrorStepChecker(), SupportErrorFamilies.milestones()),
        null, new HypothesisViolation<>("u_l^2 > 0", draws -> {
          SupportErrorState valid = SupportErrorFamilies.milestones().draw(draws);
          return new SupportErrorState(valid.uStarSquared(), valid.uStarMaxSquared(),
              valid.zeta(), BigRational.ZERO, valid.v(), valid.vStar());
        })));
    entries.add(CatalogueEntry.of("LNHW:lem-15",
        new CheckSuite<>(new NoiseCorrelationLemmaChecker(),
            NoiseCorrelationFamilies.rademacherDesigns()), null,
        new HypothesisViolation<>("sigma > 0", draws -> {
          NoiseCorrelationTrial valid = NoiseCorrelationFamilies.rademacherDesigns()
              .draw(draws);
          return new NoiseCorrelationTrial(valid.samples(), valid.dimension(), 0,
              valid.seed(), valid.trials());
        })));
    entries.add(CatalogueEntry.of("LNHW:thm-3",
        new CheckSuite<>(new EarlyStoppingTheoremChecker(false),
            EarlyStoppingFamilies.algorithmOne()), null,
        new HypothesisViolation<>("0 < gamma <= 1/(20 (u*_max)^2)",
            draws -> fastGamma(EarlyStoppingFamilies.algorithmOne().draw(draws)))));
    entries.add(CatalogueEntry.of("LNHW:thm-4",
        new CheckSuite<>(new EarlyStoppingTheoremChecker(true),
            EarlyStoppingFamilies.algorithmTwo()), null,
        new HypothesisViolation<>("0 < gamma <= 1/(20 (u*_max)^2)",
            draws -> fastGamma(EarlyStoppingFamilies.algorithmTwo().draw(draws)))));
    return entries;
  }

  /** The family draws gamma >= 1/(40 (u*_max)^2); four times that exceeds the bound. */
  private static EarlyStoppingInstance fastGamma(EarlyStoppingInstance valid) {
    return new EarlyStoppingInstance(valid.groups(), valid.x(), valid.wStar(), valid.noise(),
        valid.epsilon(), valid.alpha(), 4 * valid.gamma(), valid.v0(), valid.eta());
  }

  private static GradientInstance zeroMagnitude(Draws draws) {
    GradientInstance valid = GradientFamilies.rational().draw(draws);
    BigRational[] u = valid.u().clone();
    u[0] = BigRational.ZERO;
    return new GradientInstance(valid.groups(), valid.x(), valid.y(), u, valid.v(),
        valid.step());
  }
}
