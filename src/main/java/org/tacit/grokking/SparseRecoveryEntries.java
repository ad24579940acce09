package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.check.IstaRateChecker;
import org.tacit.grokking.check.LeastSquaresIdentityChecker;
import org.tacit.grokking.check.ProjectedSubgradientChecker;
import org.tacit.grokking.check.SparseRecoveryTheoremChecker;
import org.tacit.grokking.check.WeightDecayTheoremChecker;
import org.tacit.grokking.family.AlternativeMethodFamilies;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.ExactVectors;
import org.tacit.grokking.model.LeastSquaresProbeInstance;
import org.tacit.grokking.model.ProjectedSubgradientInstance;
import org.tacit.grokking.model.ProximalRunInstance;
import org.tacit.grokking.model.RidgeRunInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered TDR checkers of sparse recovery with l1 and weight decay alone (Sections 3.1, 3.3; Appendices C.4, C.5, C.8, D.1, E).
 */
final class SparseRecoveryEntries {

  private SparseRecoveryEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of(LeastSquaresIdentityChecker.SPEC_ID,
        new CheckSuite<>(new LeastSquaresIdentityChecker(),
            SparseRecoveryFamilies.leastSquaresProbes()),
        null,
        new HypothesisViolation<>("alpha > 0", draws -> {
          LeastSquaresProbeInstance drawn =
              SparseRecoveryFamilies.leastSquaresProbes().draw(draws);
          return new LeastSquaresProbeInstance(drawn.data(), drawn.probe(),
              drawn.alpha().negate(), drawn.beta());
        })));
    entries.add(CatalogueEntry.of(SparseRecoveryTheoremChecker.SPEC_ID,
        new CheckSuite<>(new SparseRecoveryTheoremChecker(),
            SparseRecoveryFamilies.subgradientRuns(false)),
        null,
        new HypothesisViolation<>("0 < alpha sigma_max(X^T X) < 2", draws -> {
          SparseRunInstance drawn =
              SparseRecoveryFamilies.subgradientRuns(false).draw(draws);
          double lambdaMax = SparseRecoveryFamilies.largestGramEigenvalue(drawn.data().design());
          return new SparseRunInstance(drawn.data(), 2.5 / lambdaMax, drawn.beta(),
              drawn.initial(), drawn.steps());
        })));
    entries.add(CatalogueEntry.of(SparseRecoveryTheoremChecker.SPEC_ID + "/noisy",
        new CheckSuite<>(new SparseRecoveryTheoremChecker(),
            SparseRecoveryFamilies.subgradientRuns(true)),
        null,
        new HypothesisViolation<>("0 < beta sqrt(n) < sigma_max(X^T X)", draws -> {
          SparseRunInstance drawn =
              SparseRecoveryFamilies.subgradientRuns(true).draw(draws);
          double lambdaMax = SparseRecoveryFamilies.largestGramEigenvalue(drawn.data().design());
          return new SparseRunInstance(drawn.data(), drawn.alpha(), lambdaMax,
              drawn.initial(), drawn.steps());
        })));
    entries.add(CatalogueEntry.of(WeightDecayTheoremChecker.SPEC_ID,
        new CheckSuite<>(new WeightDecayTheoremChecker(), SparseRecoveryFamilies.ridgeRuns()),
        null,
        new HypothesisViolation<>("beta > 0", draws -> {
          RidgeRunInstance drawn = SparseRecoveryFamilies.ridgeRuns().draw(draws);
          return new RidgeRunInstance(drawn.data(), drawn.alpha(), BigRational.ZERO,
              drawn.initial(), drawn.steps());
        })));
    entries.add(CatalogueEntry.of(IstaRateChecker.SPEC_ID,
        new CheckSuite<>(new IstaRateChecker(), SparseRecoveryFamilies.istaRuns()),
        null,
        new HypothesisViolation<>("0 < alpha < 1/sigma_max(X^T X)", draws -> {
          ProximalRunInstance drawn = SparseRecoveryFamilies.istaRuns().draw(draws);
          return new ProximalRunInstance(drawn.data(), BigRational.of(1000), drawn.beta(),
              drawn.initial(), drawn.steps());
        })));
    entries.add(CatalogueEntry.of(ProjectedSubgradientChecker.SPEC_ID,
        new CheckSuite<>(new ProjectedSubgradientChecker(),
            AlternativeMethodFamilies.projectedSubgradient()),
        null,
        new HypothesisViolation<>("xi = 0 (a* feasible)", draws -> {
          ProjectedSubgradientInstance drawn =
              AlternativeMethodFamilies.projectedSubgradient().draw(draws);
          SparseRecoveryData data = drawn.data();
          BigRational[] noise = ExactVectors.zeros(data.samples());
          noise[0] = BigRational.ONE;
          return new ProjectedSubgradientInstance(new SparseRecoveryData(data.design(),
              data.groundTruth(), noise), drawn.alpha(), drawn.beta(), drawn.initial(),
              drawn.steps());
        })));
    return entries;
  }
}
