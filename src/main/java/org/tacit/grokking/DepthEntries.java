package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.check.DeepFactorUpdateChecker;
import org.tacit.grokking.check.DepthTwoRecursionChecker;
import org.tacit.grokking.family.DepthFamilies;
import org.tacit.grokking.model.DeepHadamardInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;
import org.tacit.verify.StatementForm;

/**
 * The registered TDR checkers of the deep (Hadamard-product and matrix-product) parameterizations (Section 3.5; Appendix F).
 */
final class DepthEntries {

  private DepthEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("TDR:eq-118",
        new CheckSuite<>(new DeepFactorUpdateChecker(StatementForm.CORRECTED),
            DepthFamilies.hadamard(1, 4, 1)),
        null,
        new HypothesisViolation<>("alpha > 0", draws -> twoFactors(BigRational.ZERO))));
    entries.add(CatalogueEntry.of("TDR:eq-119",
        new CheckSuite<>(new DepthTwoRecursionChecker(), DepthFamilies.hadamard(2, 2, 3)),
        null,
        new HypothesisViolation<>("L = 2", draws -> new DeepHadamardInstance(
            RationalMatrix.of(new long[][] {{1, 1}}), new BigRational[] {BigRational.ONE},
            new BigRational[][] {{BigRational.ONE, BigRational.ONE}}, BigRational.of(1, 10),
            BigRational.ZERO, 1))));
    return entries;
  }

  /** {@code X = [1 1]}, {@code y = 1}, {@code A_1 = A_2 = (1, 1)}, beta = 0, the given alpha. */
  private static DeepHadamardInstance twoFactors(BigRational alpha) {
    return new DeepHadamardInstance(RationalMatrix.of(new long[][] {{1, 1}}),
        new BigRational[] {BigRational.ONE},
        new BigRational[][] {{BigRational.ONE, BigRational.ONE}, {BigRational.ONE, BigRational.ONE}},
        alpha, BigRational.ZERO, 1);
  }
}
