package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.SwitchRuleAlgorithmChecker;
import org.tacit.group.check.WeightNormalizationDegenerateRemarkChecker;
import org.tacit.group.check.WeightNormalizationOrthogonalAlgorithmChecker;
import org.tacit.group.check.WeightNormalizationStepAlgorithmChecker;
import org.tacit.group.family.WeightNormalizationFamilies;
import org.tacit.group.model.SwitchRuleInstance;
import org.tacit.group.model.WeightNormalizationDegenerateInstance;
import org.tacit.group.model.WeightNormalizationOrthogonalInstance;
import org.tacit.group.model.WeightNormalizationStepInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered LNHW checkers of Section 4's algorithms: Algorithm 1 (literal against scaled
 * v-step; exact iterates on orthogonal designs), Algorithm 2 (switching rules and the two phases)
 * and the degenerate case {@code p_l = 1}.
 */
final class AlgorithmEntries {

  private AlgorithmEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("LNHW:alg-1/scaled-step",
        new CheckSuite<>(new WeightNormalizationStepAlgorithmChecker(),
            WeightNormalizationFamilies.step()),
        null,
        new HypothesisViolation<>(WeightNormalizationStepAlgorithmChecker.POSITIVE_U,
            draws -> {
              WeightNormalizationStepInstance good =
                  WeightNormalizationFamilies.step().draw(draws);
              BigRational[] u = good.u();
              u[0] = BigRational.ZERO;
              return new WeightNormalizationStepInstance(good.groups(), good.x(), good.y(),
                  u, good.v(), good.convention());
            })));
    entries.add(CatalogueEntry.of("LNHW:alg-1/orthogonal",
        new CheckSuite<>(new WeightNormalizationOrthogonalAlgorithmChecker(),
            WeightNormalizationFamilies.orthogonal()),
        null,
        new HypothesisViolation<>(WeightNormalizationOrthogonalAlgorithmChecker.ORTHOGONAL,
            draws -> {
              WeightNormalizationOrthogonalInstance good =
                  WeightNormalizationFamilies.orthogonal().draw(draws);
              BigRational[][] x = good.x();
              x[0][0] = x[0][0].add(BigRational.ONE);
              return new WeightNormalizationOrthogonalInstance(good.groups(), x, good.wStar(),
                  good.u0(), good.v0(), good.gamma(), good.steps());
            })));
    entries.add(CatalogueEntry.of("LNHW:alg-2",
        new CheckSuite<>(new SwitchRuleAlgorithmChecker(),
            WeightNormalizationFamilies.switchRule()),
        null,
        new HypothesisViolation<>(SwitchRuleAlgorithmChecker.POSITIVE_U,
            draws -> {
              SwitchRuleInstance good = WeightNormalizationFamilies.switchRule().draw(draws);
              double[] u = good.u0();
              u[0] = 0;
              return new SwitchRuleInstance(good.design(), u, good.v0(), good.settings(),
                  good.steps());
            })));
    entries.add(CatalogueEntry.of("LNHW:rem-4.6",
        new CheckSuite<>(new WeightNormalizationDegenerateRemarkChecker(),
            WeightNormalizationFamilies.degenerate()),
        null,
        new HypothesisViolation<>(WeightNormalizationDegenerateRemarkChecker.SIGNS,
            draws -> {
              WeightNormalizationDegenerateInstance good =
                  WeightNormalizationFamilies.degenerate().draw(draws);
              BigRational[] v = good.v0();
              v[0] = BigRational.of(1, 2);
              return new WeightNormalizationDegenerateInstance(good.groups(), good.x(),
                  good.y(), good.u0(), v, good.convention(), good.gamma(), good.steps());
            })));
    return entries;
  }
}
