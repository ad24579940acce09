package org.tacit.benign;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.check.GaussianRegularityLemmaChecker;
import org.tacit.benign.check.HadamardNormLemmaChecker;
import org.tacit.benign.check.HadamardRealPowerNormLemmaChecker;
import org.tacit.benign.check.LInfinityControlLemmaChecker;
import org.tacit.benign.check.LInfinityCorrelationRemarkChecker;
import org.tacit.benign.check.RateDominanceRemarkChecker;
import org.tacit.benign.check.RipDefinitionChecker;
import org.tacit.benign.check.RipExponentRemarkChecker;
import org.tacit.benign.check.SampleRangeRemarkChecker;
import org.tacit.benign.check.ScalarRecursionLemmaChecker;
import org.tacit.benign.family.ConstantChaseFamilies;
import org.tacit.benign.family.HadamardNormFamilies;
import org.tacit.benign.family.RipFamilies;
import org.tacit.benign.family.ScalarRecursionFamilies;
import org.tacit.benign.model.GaussianDesignInstance;
import org.tacit.benign.model.HadamardNormInstance;
import org.tacit.benign.model.HadamardRealPowerNormInstance;
import org.tacit.benign.model.LInfinityControlInstance;
import org.tacit.benign.model.LInfinityCorrelationInstance;
import org.tacit.benign.model.RateDominanceInstance;
import org.tacit.benign.model.RipCertificate;
import org.tacit.benign.model.RipExponentInstance;
import org.tacit.benign.model.RipInstance;
import org.tacit.benign.model.SampleRangeInstance;
import org.tacit.benign.model.ScalarRecursionInstance;
import org.tacit.exact.BigRational;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered ZG checkers of the data conditions and technical lemmas (Definition 2.1, Lemma 5.1,
 * the Cauchy-Schwarz step of Lemma A.2, Lemmas B.9 and B.10) and of the constant chases (the
 * exponent bound of Proposition A.1's proof, remark 3.3's rate algebra).
 */
final class TechnicalEntries {

  private TechnicalEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("ZG:def-2.1",
        new CheckSuite<>(new RipDefinitionChecker(), RipFamilies.definition()),
        null, new HypothesisViolation<>("1 <= k <= d", draws -> {
          RipInstance instance = RipFamilies.definition().draw(draws);
          return new RipInstance(instance.x(), instance.n(), instance.d(), instance.d() + 1,
              instance.probes());
        })));
    entries.add(CatalogueEntry.of("ZG:lem-5.1",
        new CheckSuite<>(new LInfinityControlLemmaChecker(), RipFamilies.lInfinityControl()),
        null, new HypothesisViolation<>("X/sqrt(n) is (k+1, delta)-RIP", draws -> {
          LInfinityControlInstance instance = RipFamilies.lInfinityControl().draw(draws);
          BigRational lower = RipCertificate.of(instance.x(), instance.n(), instance.d(),
              instance.k() + 1).lower();
          BigRational delta = lower.signum() > 0 ? lower.multiply(BigRational.of(1, 2))
              : BigRational.MINUS_ONE;
          return new LInfinityControlInstance(instance.x(), instance.n(), instance.d(),
              instance.k(), delta, instance.beta());
        })));
    entries.add(CatalogueEntry.of("ZG:rem-A.3",
        new CheckSuite<>(new LInfinityCorrelationRemarkChecker(), RipFamilies.correlation()),
        null, new HypothesisViolation<>("X is n x d, beta in R^n", draws -> {
          LInfinityCorrelationInstance instance = RipFamilies.correlation().draw(draws);
          BigRational[] longer = new BigRational[instance.n() + 1];
          Arrays.fill(longer, BigRational.ONE);
          return new LInfinityCorrelationInstance(instance.x(), instance.n(), instance.d(),
              longer);
        })));
    entries.add(CatalogueEntry.of("ZG:lem-B.10",
        new CheckSuite<>(new HadamardNormLemmaChecker(), HadamardNormFamilies.rational()),
        null, new HypothesisViolation<>("k >= 1", draws -> {
          HadamardNormInstance instance = HadamardNormFamilies.rational().draw(draws);
          return new HadamardNormInstance(instance.alpha(), instance.beta(),
              draws.intBetween(-3, 0));
        })));
    entries.add(CatalogueEntry.of("ZG:lem-B.10/real",
        new CheckSuite<>(new HadamardRealPowerNormLemmaChecker(),
            HadamardNormFamilies.realPower()),
        null, new HypothesisViolation<>("k >= 1", draws -> new HadamardRealPowerNormInstance(
            HadamardNormFamilies.realPower().draw(draws).alpha(), draws.uniform(0, 1)))));
    entries.add(CatalogueEntry.of("ZG:lem-B.9",
        new CheckSuite<>(new ScalarRecursionLemmaChecker(), ScalarRecursionFamilies.corrected()),
        null, new HypothesisViolation<>("eta mu <= 1/2", draws -> {
          ScalarRecursionInstance instance = ScalarRecursionFamilies.corrected().draw(draws);
          BigRational h = BigRational.of(1, 2).add(BigRational.of(1, draws.between(2, 100)));
          return new ScalarRecursionInstance(h.divide(instance.mu()), instance.mu(),
              instance.initial(), instance.epsilon(), instance.extraSteps());
        })));
    entries.add(CatalogueEntry.of("ZG:rem-A.2",
        new CheckSuite<>(new RipExponentRemarkChecker(), ConstantChaseFamilies.ripExponent()),
        null, new HypothesisViolation<>("n <= d", draws -> {
          RipExponentInstance instance = ConstantChaseFamilies.ripExponent().draw(draws);
          long n = 2 * instance.d();
          RipExponentInstance larger = new RipExponentInstance(instance.k(), n, instance.d(),
              instance.c2(), 0.5);
          return new RipExponentInstance(instance.k(), n, instance.d(), instance.c2(),
              Math.max(0.5, larger.smallestDelta()));
        })));
    entries.add(CatalogueEntry.of("ZG:rem-3.3",
        new CheckSuite<>(new RateDominanceRemarkChecker(), ConstantChaseFamilies.rateDominance()),
        null, new HypothesisViolation<>("sigma > 0", draws -> {
          RateDominanceInstance instance = ConstantChaseFamilies.rateDominance().draw(draws);
          return new RateDominanceInstance(instance.d(), instance.n(), instance.s(),
              -instance.sigma());
        })));
    entries.add(CatalogueEntry.of("ZG:lem-A.2",
        new CheckSuite<>(new GaussianRegularityLemmaChecker(),
            ConstantChaseFamilies.gaussianDesign()),
        null, new HypothesisViolation<>("1 <= n <= d", draws -> {
          GaussianDesignInstance instance = ConstantChaseFamilies.gaussianDesign().draw(draws);
          return new GaussianDesignInstance(instance.d() + 1, instance.d(), instance.sigma(),
              instance.x(), instance.xi());
        })));
    entries.add(CatalogueEntry.of("ZG:rem-A.1",
        new CheckSuite<>(new SampleRangeRemarkChecker(), ConstantChaseFamilies.sampleRange()),
        null, new HypothesisViolation<>("s >= 1, d > e (s + 1)", draws -> {
          SampleRangeInstance instance = ConstantChaseFamilies.sampleRange().draw(draws);
          return new SampleRangeInstance(instance.d(), 0, instance.c2(), instance.cDelta());
        })));
    return entries;
  }
}
