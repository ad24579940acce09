package org.tacit.grokking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.check.ClStabilityTheoremChecker;
import org.tacit.grokking.check.DelayTheoremChecker;
import org.tacit.grokking.check.EpsilonGammaLemmaChecker;
import org.tacit.grokking.check.PlRateTheoremChecker;
import org.tacit.grokking.check.SmoothnessLemmaChecker;
import org.tacit.grokking.check.SubgradientBoundLemmaChecker;
import org.tacit.grokking.family.ClStabilityFamilies;
import org.tacit.grokking.family.EpsilonGammaFamilies;
import org.tacit.grokking.family.PlRunFamilies;
import org.tacit.grokking.family.RationalLeastSquaresFamilies;
import org.tacit.grokking.family.SubgradientRunFamilies;
import org.tacit.grokking.model.ClStabilityConstants;
import org.tacit.grokking.model.PlRunInstance;
import org.tacit.grokking.model.RatioInstance;
import org.tacit.grokking.model.SmoothnessInstance;
import org.tacit.grokking.model.SubgradientRunInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered TDR checkers of the general theory of Section 2 and Appendices C.1-C.3 (Chatterjee-Lojasiewicz constants, the subgradient-method bounds C.4-C.22, Polyak-Lojasiewicz C.23-C.25, the zero-stationary property and CL stability C.26-C.28).
 */
final class SubgradientTheoryEntries {

  private SubgradientTheoryEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("TDR:lem-C.11",
        new CheckSuite<>(new EpsilonGammaLemmaChecker(), EpsilonGammaFamilies.ratios()),
        null, new HypothesisViolation<>("0 < a < b", draws -> {
          RatioInstance instance = EpsilonGammaFamilies.ratios().draw(draws);
          return new RatioInstance(instance.b(), instance.a());
        })));
    entries.add(CatalogueEntry.of("TDR:thm-C.28",
        new CheckSuite<>(new ClStabilityTheoremChecker(), ClStabilityFamilies.constants()),
        null, new HypothesisViolation<>("g r-CL at x", draws -> {
          ClStabilityConstants k = ClStabilityFamilies.constants().draw(draws);
          BigRational chiG = BigRational.of(4).multiply(k.g()).divide(k.r().pow(2));
          return new ClStabilityConstants(k.g(), k.h(), k.gLow(), k.gBar(), k.hBar(), chiG,
              k.chiH(), k.r(), k.epsilon());
        })));
    entries.add(CatalogueEntry.of("TDR:lem-C.4",
        new CheckSuite<>(new SmoothnessLemmaChecker(), RationalLeastSquaresFamilies.smoothness()),
        null, new HypothesisViolation<>("x, z in R^p", draws -> {
          SmoothnessInstance instance = RationalLeastSquaresFamilies.smoothness().draw(draws);
          BigRational[] longer = new BigRational[instance.x().length + 1];
          Arrays.fill(longer, BigRational.ONE);
          return new SmoothnessInstance(instance.loss(), longer, instance.z());
        })));
    entries.add(CatalogueEntry.of("TDR:lem-C.12",
        new CheckSuite<>(new SubgradientBoundLemmaChecker(), SubgradientRunFamilies.noiseless()),
        null, new HypothesisViolation<>("0 <= t1 < T", draws -> withStart(draws, -1))));
    entries.add(CatalogueEntry.of("TDR:thm-C.13",
        new CheckSuite<>(new DelayTheoremChecker(), SubgradientRunFamilies.noiseless()),
        null, new HypothesisViolation<>("alpha > 0, beta >= 0", draws -> {
          SubgradientRunInstance run = SubgradientRunFamilies.noiseless().draw(draws);
          return new SubgradientRunInstance(run.loss(), run.regularizer(), run.beta(),
              run.alpha().negate(), run.initial(), run.steps(), run.start(), run.groundTruth());
        })));
    entries.add(CatalogueEntry.of("TDR:thm-C.25",
        new CheckSuite<>(new PlRateTheoremChecker(), PlRunFamilies.fullRowRank()),
        null, new HypothesisViolation<>("0 < alpha < 2/L", draws -> {
          PlRunInstance run = PlRunFamilies.fullRowRank().draw(draws);
          return new PlRunInstance(run.loss(), run.initial(), run.alpha().multiply(
              BigRational.of(16)), run.steps(), run.radiusSlack());
        })));
    return entries;
  }

  private static SubgradientRunInstance withStart(Draws draws, int start) {
    SubgradientRunInstance run = SubgradientRunFamilies.noiseless().draw(draws);
    return new SubgradientRunInstance(run.loss(), run.regularizer(), run.beta(), run.alpha(),
        run.initial(), run.steps(), start, run.groundTruth());
  }
}
