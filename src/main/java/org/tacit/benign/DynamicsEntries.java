package org.tacit.benign;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.check.DecompositionStepRemarkChecker;
import org.tacit.benign.check.IdealDynamicsRemarkChecker;
import org.tacit.benign.check.LearnerGradientChecker;
import org.tacit.benign.check.MultiplicativeGrowthRemarkChecker;
import org.tacit.benign.check.ProductInvariantRemarkChecker;
import org.tacit.benign.check.ResidualRecursionRemarkChecker;
import org.tacit.benign.check.SignalNoiseDecompositionChecker;
import org.tacit.benign.family.IdealDesignFamilies;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.exact.BigRational;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered ZG checkers of the model, gradient descent (2) and its exact identities (Sections
 * 2 and 4, Appendices A-C).
 */
final class DynamicsEntries {

  private DynamicsEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("ZG:eq-2",
        new CheckSuite<>(new LearnerGradientChecker(), LearnerFamilies.arbitraryState()), null,
        new HypothesisViolation<>("step size eta > 0", DynamicsEntries::zeroStep)));
    entries.add(CatalogueEntry.of("ZG:rem-B.2",
        new CheckSuite<>(new ProductInvariantRemarkChecker(),
            LearnerFamilies.paperInitialization()), null,
        new HypothesisViolation<>("w^(0) = u^(0) = alpha 1 with alpha > 0", draws -> {
          LearnerInstance valid = LearnerFamilies.paperInitialization().draw(draws);
          BigRational[] u = valid.start().u().clone();
          u[0] = u[0].add(BigRational.ONE);
          return new LearnerInstance(valid.data(), valid.eta(),
              new LearnerState(valid.start().w(), u, valid.start().v()), valid.steps());
        })));
    entries.add(CatalogueEntry.of("ZG:eq-3",
        new CheckSuite<>(new SignalNoiseDecompositionChecker(),
            LearnerFamilies.paperInitialization()), null,
        new HypothesisViolation<>("v^(0) = 0", DynamicsEntries::nonzeroStartV)));
    entries.add(CatalogueEntry.of("ZG:rem-B.5",
        new CheckSuite<>(new DecompositionStepRemarkChecker(),
            LearnerFamilies.paperInitialization()), null,
        new HypothesisViolation<>("v^(0) = 0", DynamicsEntries::nonzeroStartV)));
    entries.add(CatalogueEntry.of("ZG:rem-4.2",
        new CheckSuite<>(new IdealDynamicsRemarkChecker(), IdealDesignFamilies.signRows()),
        null, new HypothesisViolation<>("X X^T = d I_n", IdealDesignFamilies::perturbed)));
    entries.add(CatalogueEntry.of("ZG:rem-5.1",
        new CheckSuite<>(new MultiplicativeGrowthRemarkChecker(),
            LearnerFamilies.paperInitialization()), null,
        new HypothesisViolation<>("step size eta > 0", DynamicsEntries::zeroStep)));
    entries.add(CatalogueEntry.of("ZG:rem-B.3",
        new CheckSuite<>(new ResidualRecursionRemarkChecker(),
            LearnerFamilies.arbitraryState()), null,
        new HypothesisViolation<>("lambda > 0", draws -> {
          LearnerInstance valid = LearnerFamilies.arbitraryState().draw(draws);
          LearnerData data = valid.data();
          return new LearnerInstance(new LearnerData(data.x(), data.noise(), data.betaStar(),
              BigRational.ZERO), valid.eta(), valid.start(), valid.steps());
        })));
    return entries;
  }

  private static LearnerInstance zeroStep(Draws draws) {
    LearnerInstance valid = LearnerFamilies.arbitraryState().draw(draws);
    return new LearnerInstance(valid.data(), BigRational.ZERO, valid.start(), valid.steps());
  }

  private static LearnerInstance nonzeroStartV(Draws draws) {
    LearnerInstance valid = LearnerFamilies.paperInitialization().draw(draws);
    BigRational[] v = valid.start().v().clone();
    v[v.length - 1] = BigRational.of(1, 4);
    return new LearnerInstance(valid.data(), valid.eta(),
        new LearnerState(valid.start().w(), valid.start().u(), v), valid.steps());
  }
}
