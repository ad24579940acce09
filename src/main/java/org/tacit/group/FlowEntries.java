package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.FrozenDirectionLemmaChecker;
import org.tacit.group.check.GradientFlowEquationChecker;
import org.tacit.group.check.OrthogonalOffSupportRemarkChecker;
import org.tacit.group.check.OrthogonalRecoveryTheoremChecker;
import org.tacit.group.check.OrthogonalSupportGrowthRemarkChecker;
import org.tacit.group.family.GradientFlowFamilies;
import org.tacit.group.family.OrthogonalFlowFamilies;
import org.tacit.group.model.FlowEquationInstance;
import org.tacit.group.model.FrozenDirectionInstance;
import org.tacit.group.model.OrthogonalFacts;
import org.tacit.group.model.OrthogonalFlowInstance;
import org.tacit.group.model.OrthogonalRecoveryHypotheses;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered LNHW checkers of Section 3.2 and Appendix B: the gradient flow (3), Lemma 4 and
 * Theorem 2 under orthogonal design with its proof steps.
 */
final class FlowEntries {

  private FlowEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("LNHW:eq-3",
        new CheckSuite<>(new GradientFlowEquationChecker(),
            GradientFlowFamilies.generalDesigns()),
        null,
        new HypothesisViolation<>(GradientFlowEquationChecker.POSITIVE_U,
            FlowEntries::zeroMagnitude)));
    entries.add(CatalogueEntry.of("LNHW:lem-4",
        new CheckSuite<>(new FrozenDirectionLemmaChecker(),
            OrthogonalFlowFamilies.frozenDirection()),
        null,
        new HypothesisViolation<>(FrozenDirectionLemmaChecker.ORTHOGONAL,
            FlowEntries::flippedEntry)));
    entries.add(CatalogueEntry.of("LNHW:thm-2",
        new CheckSuite<>(new OrthogonalRecoveryTheoremChecker(),
            OrthogonalFlowFamilies.recovery()),
        null,
        new HypothesisViolation<>(OrthogonalRecoveryHypotheses.THETA_SMALL,
            FlowEntries::thetaAtTheBound)));
    entries.add(CatalogueEntry.of("LNHW:rem-B.2",
        new CheckSuite<>(new OrthogonalSupportGrowthRemarkChecker(),
            OrthogonalFlowFamilies.recovery()),
        null,
        new HypothesisViolation<>(OrthogonalRecoveryHypotheses.NOISE,
            FlowEntries::loudNoise)));
    entries.add(CatalogueEntry.of("LNHW:rem-B.3",
        new CheckSuite<>(new OrthogonalOffSupportRemarkChecker(),
            OrthogonalFlowFamilies.recovery()),
        null,
        new HypothesisViolation<>(OrthogonalRecoveryHypotheses.ORTHOGONAL,
            FlowEntries::notOrthogonal)));
    return entries;
  }

  /** A built-in flow instance with {@code u_0(0) = 0}. */
  private static FlowEquationInstance zeroMagnitude(Draws draws) {
    FlowEquationInstance instance = GradientFlowFamilies.generalDesigns().draw(draws);
    BigRational[] u = instance.u().clone();
    u[0] = BigRational.ZERO;
    return new FlowEquationInstance(instance.groups(), instance.design(), instance.responses(),
        u, instance.v(), instance.horizon());
  }

  /**
   * A built-in Lemma 4 instance whose design has one entry doubled (column 0 then has squared norm
   * {@code n + 3}, so {@code X^T X / n != I} even with a single column).
   */
  private static FrozenDirectionInstance flippedEntry(Draws draws) {
    FrozenDirectionInstance instance = OrthogonalFlowFamilies.frozenDirection().draw(draws);
    BigRational[][] x = new BigRational[instance.design().length][];
    for (int row = 0; row < x.length; row++) {
      x[row] = instance.design()[row].clone();
    }
    x[0][0] = x[0][0].multiply(BigRational.TWO);
    return new FrozenDirectionInstance(instance.groups(), x, instance.responses(), instance.u(),
        instance.eta(), instance.step(), instance.eulerSteps(), instance.horizon());
  }

  /**
   * A built-in Theorem 2 instance with its noise correlations {@code g} multiplied by 1000
   * ({@code ||g_l||_2 >= (u*_min)^2 / 2} then).
   */
  private static OrthogonalFlowInstance loudNoise(Draws draws) {
    OrthogonalFlowInstance instance = OrthogonalFlowFamilies.recovery().draw(draws);
    BigRational[] g = instance.noiseCorrelations();
    BigRational[] target = new BigRational[g.length];
    for (int i = 0; i < g.length; i++) {
      target[i] = instance.truth()[i].add(g[i].multiply(BigRational.of(1000)));
    }
    BigRational[][] x = instance.design();
    BigRational[] y = new BigRational[x.length];
    for (int row = 0; row < x.length; row++) {
      BigRational sum = BigRational.ZERO;
      for (int j = 0; j < target.length; j++) {
        sum = sum.add(x[row][j].multiply(target[j]));
      }
      y[row] = sum;
    }
    return OrthogonalFlowInstance.of(instance.groups(), x, y, instance.truth(),
        instance.theta(), instance.epsilon());
  }

  /** A built-in Theorem 2 instance whose design has one entry doubled (not orthogonal). */
  private static OrthogonalFlowInstance notOrthogonal(Draws draws) {
    OrthogonalFlowInstance instance = OrthogonalFlowFamilies.recovery().draw(draws);
    BigRational[][] x = new BigRational[instance.design().length][];
    for (int row = 0; row < x.length; row++) {
      x[row] = instance.design()[row].clone();
    }
    x[1][0] = x[1][0].multiply(BigRational.TWO);
    return OrthogonalFlowInstance.of(instance.groups(), x, instance.responses(),
        instance.truth(), instance.theta(), instance.epsilon());
  }

  /**
   * A built-in Theorem 2 instance with {@code theta = eps / (2 (u*_max)^2)} exactly (the
   * families' magnitudes are rational, so this is the bound itself).
   */
  private static OrthogonalFlowInstance thetaAtTheBound(Draws draws) {
    OrthogonalFlowInstance instance = OrthogonalFlowFamilies.recovery().draw(draws);
    BigRational largest = BigRational.ZERO;
    for (int l = 0; l < instance.groups().groupCount(); l++) {
      largest = largest.max(OrthogonalFacts.groupSquaredNorm(instance.groups(),
          instance.truth(), l));
    }
    BigRational magnitude = OrthogonalFacts.exactSquareRoot(largest);
    BigRational theta = instance.epsilon().divide(BigRational.TWO.multiply(magnitude));
    return OrthogonalFlowInstance.of(instance.groups(), instance.design(), instance.responses(),
        instance.truth(), theta, instance.epsilon());
  }
}
