package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.check.FaceSplittingRemarkChecker;
import org.tacit.grokking.check.KhatriRaoRemarkChecker;
import org.tacit.grokking.check.KroneckerIndexRemarkChecker;
import org.tacit.grokking.check.MatrixMeasurementRemarkChecker;
import org.tacit.grokking.check.NuclearAffineStepChecker;
import org.tacit.grokking.check.NuclearMemorizationTheoremChecker;
import org.tacit.grokking.family.MatrixRecoveryFamilies;
import org.tacit.grokking.model.AffineStepInstance;
import org.tacit.grokking.model.MeasurementInstance;
import org.tacit.grokking.model.MemorizationConstants;
import org.tacit.grokking.model.NuclearRunInstance;
import org.tacit.grokking.model.ProductInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered TDR checkers of matrix factorization, sensing and completion with the nuclear
 * norm (Section 3.2; Appendices B, C.6, C.7, D.2).
 */
final class MatrixRecoveryEntries {

  private MatrixRecoveryEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("TDR:rem-B.2",
        new CheckSuite<>(new KroneckerIndexRemarkChecker(), MatrixRecoveryFamilies.kronecker()),
        null, new HypothesisViolation<>("A, B have at least one row and one column", draws -> {
          ProductInstance instance = MatrixRecoveryFamilies.kronecker().draw(draws);
          return new ProductInstance(RationalMatrix.zero(0, 2), instance.b(), instance.c(),
              instance.d());
        })));
    entries.add(CatalogueEntry.of("TDR:rem-B.3",
        new CheckSuite<>(new KhatriRaoRemarkChecker(), MatrixRecoveryFamilies.khatriRao()),
        null, new HypothesisViolation<>("A and B have the same number of columns", draws -> {
          ProductInstance instance = MatrixRecoveryFamilies.khatriRao().draw(draws);
          return new ProductInstance(instance.a(), RationalMatrix.zero(instance.b().rows(),
              instance.a().cols() + 1), instance.c(), instance.d());
        })));
    entries.add(CatalogueEntry.of("TDR:rem-B.4",
        new CheckSuite<>(new FaceSplittingRemarkChecker(),
            MatrixRecoveryFamilies.faceSplitting()),
        null, new HypothesisViolation<>("A and B have the same number of rows", draws -> {
          ProductInstance instance = MatrixRecoveryFamilies.faceSplitting().draw(draws);
          return new ProductInstance(instance.a(), RationalMatrix.zero(instance.a().rows() + 1,
              instance.b().cols()), instance.c(), instance.d());
        })));
    entries.add(CatalogueEntry.of("TDR:rem-3.2.1",
        new CheckSuite<>(new MatrixMeasurementRemarkChecker(),
            MatrixRecoveryFamilies.measurements()),
        null, new HypothesisViolation<>("U*, V* are square orthogonal (full SVD)", draws -> {
          MeasurementInstance instance = MatrixRecoveryFamilies.measurements().draw(draws);
          return new MeasurementInstance(twice(instance.u()), instance.sigma(), instance.v(),
              instance.rank(), instance.sensing(), instance.completionLeft(),
              instance.completionRight(), instance.observed(), instance.p1(), instance.p2());
        })));
    entries.add(CatalogueEntry.of("TDR:eq-97",
        new CheckSuite<>(new NuclearAffineStepChecker(), MatrixRecoveryFamilies.affineSteps()),
        null, new HypothesisViolation<>("U, V are square orthogonal", draws -> {
          AffineStepInstance instance = MatrixRecoveryFamilies.affineSteps().draw(draws);
          return new AffineStepInstance(twice(instance.u()), instance.d(), instance.v(),
              instance.x(), instance.groundTruthVec(), instance.noise(), instance.alpha(),
              instance.beta());
        })));
    entries.add(CatalogueEntry.of("TDR:thm-C.40",
        new CheckSuite<>(new NuclearMemorizationTheoremChecker(),
            MatrixRecoveryFamilies.nuclearRuns()),
        null, new HypothesisViolation<>("0 < alpha sigma_max(X^T X) < 2", draws -> {
          NuclearRunInstance instance = MatrixRecoveryFamilies.nuclearRuns().draw(draws);
          double gram = new MemorizationConstants(
              instance.problem().designOnRowMajor(), instance.problem().samples(),
              instance.problem().dimension(), 1).sigmaMaxGram();
          return new NuclearRunInstance(instance.problem(), 3 / gram, instance.beta(),
              instance.initial(), instance.steps());
        })));
    return entries;
  }

  private static RationalMatrix twice(RationalMatrix m) {
    BigRational[][] out = m.toArray();
    for (BigRational[] row : out) {
      for (int j = 0; j < row.length; j++) {
        row[j] = row[j].multiply(BigRational.TWO);
      }
    }
    return RationalMatrix.of(out);
  }
}
