package org.tacit.grokking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.grokking.check.NullSpaceErrorBoundTheoremChecker;
import org.tacit.grokking.check.NullSpacePropertyChecker;
import org.tacit.grokking.check.RecoveryErrorTheoremChecker;
import org.tacit.grokking.family.NullSpaceFamilies;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.NullSpaceInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered TDR checkers of the null space properties and of the recovery error under the
 * robust null space property (Section 3.2, Theorem 3.3; Appendix C.5: Definitions C.34, C.35,
 * C.37, Theorems C.36, C.38, C.39).
 */
final class NullSpaceEntries {

  private NullSpaceEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of(NullSpacePropertyChecker.SPEC_ID,
        new CheckSuite<>(new NullSpacePropertyChecker(), NullSpaceFamilies.nullSpaceInstances()),
        null,
        new HypothesisViolation<>("0 < rho < 1", draws -> {
          NullSpaceInstance drawn = NullSpaceFamilies.nullSpaceInstances().draw(draws);
          return new NullSpaceInstance(drawn.design(), drawn.support(), BigRational.ONE,
              drawn.probes());
        })));
    entries.add(CatalogueEntry.of(NullSpaceErrorBoundTheoremChecker.SPEC_ID,
        new CheckSuite<>(new NullSpaceErrorBoundTheoremChecker(),
            NullSpaceFamilies.nullSpaceInstances()),
        null,
        new HypothesisViolation<>("S is a set of distinct indices of [n]", draws -> {
          NullSpaceInstance drawn = NullSpaceFamilies.nullSpaceInstances().draw(draws);
          return new NullSpaceInstance(drawn.design(), new int[] {drawn.design().cols()},
              drawn.rho(), drawn.probes());
        })));
    entries.add(CatalogueEntry.of(RecoveryErrorTheoremChecker.SPEC_ID,
        new CheckSuite<>(new RecoveryErrorTheoremChecker(), NullSpaceFamilies.recoveryRuns(false)),
        null,
        new HypothesisViolation<>("X satisfies the NSP relative to supp a* (rho_S < 1)", draws -> {
          SparseRunInstance drawn = NullSpaceFamilies.recoveryRuns(false).draw(draws);
          BigRational[] dense = new BigRational[drawn.data().dimension()];
          Arrays.fill(dense, BigRational.ONE);
          return new SparseRunInstance(new SparseRecoveryData(drawn.data().design(), dense,
              drawn.data().noise()), drawn.alpha(), drawn.beta(), drawn.initial(), drawn.steps());
        })));
    entries.add(CatalogueEntry.of(RecoveryErrorTheoremChecker.SPEC_ID + "/noisy",
        new CheckSuite<>(new RecoveryErrorTheoremChecker(), NullSpaceFamilies.recoveryRuns(true)),
        null,
        new HypothesisViolation<>("0 < beta sqrt(n) < sigma_max(X^T X)", draws -> {
          SparseRunInstance drawn = NullSpaceFamilies.recoveryRuns(true).draw(draws);
          double lambdaMax = SparseRecoveryFamilies.largestGramEigenvalue(drawn.data().design());
          return new SparseRunInstance(drawn.data(), drawn.alpha(), lambdaMax, drawn.initial(),
              drawn.steps());
        })));
    return entries;
  }
}
