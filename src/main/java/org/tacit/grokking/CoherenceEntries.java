package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.check.CoherenceIsometryPropositionChecker;
import org.tacit.grokking.check.GaussianIncoherenceTheoremChecker;
import org.tacit.grokking.check.SpikeHadamardExampleChecker;
import org.tacit.grokking.check.LocalCoherenceDefinitionChecker;
import org.tacit.grokking.check.LocalCoherenceInvarianceChecker;
import org.tacit.grokking.check.RestrictedIsometryDefinitionChecker;
import org.tacit.grokking.check.WelchBoundRemarkChecker;
import org.tacit.grokking.family.CoherenceFamilies;
import org.tacit.grokking.family.IncoherenceFamilies;
import org.tacit.grokking.model.IncoherenceTrials;
import org.tacit.grokking.model.SpikeHadamardInstance;
import org.tacit.grokking.family.LowRankFamilies;
import org.tacit.grokking.model.LowRankInstance;
import org.tacit.grokking.model.SparseDesign;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;
import org.tacit.verify.StatementForm;

/**
 * The registered TDR checkers of coherence, restricted isometry and data selection (Section 3.4; Appendix G).
 */
final class CoherenceEntries {

  private CoherenceEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("TDR:def-G.1",
        new CheckSuite<>(new RestrictedIsometryDefinitionChecker(),
            CoherenceFamilies.anyColumns()),
        null,
        new HypothesisViolation<>("x s-sparse", draws -> new SparseDesign(
            RationalMatrix.identity(3), 1, new BigRational[][] {
                {BigRational.ONE, BigRational.ONE, BigRational.ZERO}}))));
    entries.add(CatalogueEntry.of("TDR:prop-G.3",
        new CheckSuite<>(new CoherenceIsometryPropositionChecker(),
            CoherenceFamilies.unitColumns()),
        null,
        new HypothesisViolation<>("unit norm columns", draws -> new SparseDesign(
            RationalMatrix.of(new long[][] {{1, 1}, {0, 1}}), 1, new BigRational[0][]))));
    entries.add(CatalogueEntry.of("TDR:rem-G.1.3",
        new CheckSuite<>(new WelchBoundRemarkChecker(), CoherenceFamilies.welch()),
        null,
        new HypothesisViolation<>("n > m >= 1", draws -> new SparseDesign(
            RationalMatrix.identity(3), 1, new BigRational[0][]))));
    entries.add(CatalogueEntry.of("TDR:def-G.9",
        new CheckSuite<>(new LocalCoherenceDefinitionChecker(), LowRankFamilies.cayley()),
        null,
        new HypothesisViolation<>("U^T U = I_r", draws -> new LowRankInstance(
            RationalMatrix.of(new long[][] {{1}, {1}}), new BigRational[] {BigRational.ONE},
            RationalMatrix.of(new long[][] {{1}, {0}}), RationalMatrix.identity(2),
            RationalMatrix.identity(2)))));
    entries.add(CatalogueEntry.of("TDR:eq-124",
        new CheckSuite<>(new LocalCoherenceInvarianceChecker(), LowRankFamilies.cayley()),
        null,
        new HypothesisViolation<>("P1, P2 orthogonal", draws -> new LowRankInstance(
            RationalMatrix.of(new long[][] {{1}, {0}}), new BigRational[] {BigRational.ONE},
            RationalMatrix.of(new long[][] {{1}, {0}}),
            RationalMatrix.of(new long[][] {{1, 1}, {0, 1}}), RationalMatrix.identity(2)))));
    entries.add(CatalogueEntry.of("TDR:ex-G.1",
        new CheckSuite<>(new SpikeHadamardExampleChecker(StatementForm.CORRECTED),
            IncoherenceFamilies.spikeHadamard()),
        null,
        new HypothesisViolation<>("1 <= s <= n", draws -> new SpikeHadamardInstance(1, 5))));
    entries.add(CatalogueEntry.of("TDR:thm-G.4",
        new CheckSuite<>(new GaussianIncoherenceTheoremChecker(StatementForm.CORRECTED),
            IncoherenceFamilies.gaussian()),
        null,
        new HypothesisViolation<>("C2 >= 1", draws -> new IncoherenceTrials(
            RationalMatrix.identity(2), 1, 1.0, 0.5,
            IncoherenceFamilies.normals(draws, 10, 2)))));
    return entries;
  }
}
