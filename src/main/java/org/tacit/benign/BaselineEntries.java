package org.tacit.benign;

import java.util.List;
import org.tacit.benign.check.MinimumNormLimitRemarkChecker;
import org.tacit.benign.check.MinimumNormRiskRemarkChecker;
import org.tacit.benign.family.MinimumNormFamilies;
import org.tacit.benign.family.MinimumNormRiskFamilies;
import org.tacit.benign.model.MinimumNormRiskInstance;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/** The registered ZG checkers of the baselines: min-l2 and min-l1 interpolators, Lasso and hybrid interpolation. */
final class BaselineEntries {

  private BaselineEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of(
        CatalogueEntry.of(MinimumNormLimitRemarkChecker.SPEC_ID,
            new CheckSuite<>(new MinimumNormLimitRemarkChecker(),
                MinimumNormFamilies.fullRowRank()),
            null,
            new HypothesisViolation<>("X has full row rank",
                draws -> {
                  long a = draws.between(1, 3);
                  long b = draws.between(-2, 2);
                  RationalMatrix repeated = RationalMatrix.of(new long[][] {
                      {a, b, 1, 0}, {a, b, 1, 0}});
                  return MinimumNormFamilies.instance(repeated,
                      new BigRational[] {BigRational.ONE, BigRational.ONE}, 1, 3);
                })),
        CatalogueEntry.of(MinimumNormRiskRemarkChecker.SPEC_ID,
            new CheckSuite<>(new MinimumNormRiskRemarkChecker(),
                MinimumNormRiskFamilies.sparseTarget()),
            null,
            new HypothesisViolation<>("beta* != 0",
                draws -> {
                  MinimumNormRiskInstance drawn =
                      MinimumNormRiskFamilies.sparseTarget().draw(draws);
                  return new MinimumNormRiskInstance(drawn.x(), drawn.samples(),
                      drawn.dimension(), new double[drawn.dimension()], drawn.noise());
                })));
  }
}
