package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.check.MatrixSignDynamicsLemmaChecker;
import org.tacit.grokking.check.PolarPerturbationLemmaChecker;
import org.tacit.grokking.check.ScalarSignDynamicsLemmaChecker;
import org.tacit.grokking.check.SharedSingularBasisLemmaChecker;
import org.tacit.grokking.check.SignOfDifferenceLemmaChecker;
import org.tacit.grokking.check.SubgradientEntrywiseLemmaChecker;
import org.tacit.grokking.check.VectorSignDynamicsLemmaChecker;
import org.tacit.grokking.family.PolarFactorFamilies;
import org.tacit.grokking.family.SignDynamicsFamilies;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.MatrixSignInstance;
import org.tacit.grokking.model.NuclearSubgradientInstance;
import org.tacit.grokking.model.PolarPerturbationInstance;
import org.tacit.grokking.model.ScalarPair;
import org.tacit.grokking.model.SharedBasisInstance;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;
import org.tacit.verify.InstanceFamily;

/**
 * The registered TDR checkers of the sign dynamics of Lemmas C.30, C.31, C.42 and the polar-factor lemmas C.41, C.43-C.45 (Appendices C.4, C.6).
 * The printed forms of the errata (E1-E6) are not registered.
 */
final class SignDynamicsEntries {

  private SignDynamicsEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of(ScalarSignDynamicsLemmaChecker.SPEC_ID,
        new CheckSuite<>(new ScalarSignDynamicsLemmaChecker(), SignDynamicsFamilies.scalar()),
        null, new HypothesisViolation<>("alpha > 0",
            draws -> withNegatedStep(SignDynamicsFamilies.scalar(), draws))));
    entries.add(CatalogueEntry.of(VectorSignDynamicsLemmaChecker.SPEC_ID,
        new CheckSuite<>(new VectorSignDynamicsLemmaChecker(), SignDynamicsFamilies.vector()),
        null, new HypothesisViolation<>("H(a) in d||a||_1",
            draws -> withSelectionTwo(SignDynamicsFamilies.vector(), draws))));
    entries.add(CatalogueEntry.of(SignOfDifferenceLemmaChecker.SPEC_ID,
        new CheckSuite<>(new SignOfDifferenceLemmaChecker(), SignDynamicsFamilies.dominatedTarget()),
        null, new HypothesisViolation<>("|a| > |a*|",
            SignDynamicsEntries::dominatingTarget)));
    entries.add(CatalogueEntry.of(SubgradientEntrywiseLemmaChecker.SPEC_ID,
        new CheckSuite<>(new SubgradientEntrywiseLemmaChecker(),
            PolarFactorFamilies.nuclearSubgradient()),
        null, new HypothesisViolation<>("H in d||A||_*",
            SignDynamicsEntries::withOversizedSubgradient)));
    entries.add(CatalogueEntry.of(MatrixSignDynamicsLemmaChecker.SPEC_ID,
        new CheckSuite<>(new MatrixSignDynamicsLemmaChecker(),
            PolarFactorFamilies.matrixSignDynamics()),
        null, new HypothesisViolation<>("U^T U = I and V^T V = I",
            SignDynamicsEntries::withScaledLeftBasis)));
    entries.add(CatalogueEntry.of(SharedSingularBasisLemmaChecker.SPEC_ID,
        new CheckSuite<>(new SharedSingularBasisLemmaChecker(), PolarFactorFamilies.sharedBasis()),
        null, new HypothesisViolation<>("sigma_max(B) < sigma_min(A)",
            SignDynamicsEntries::withCoreAtTheSmallestSingularValue)));
    entries.add(CatalogueEntry.of(PolarPerturbationLemmaChecker.SPEC_ID,
        new CheckSuite<>(new PolarPerturbationLemmaChecker(),
            PolarFactorFamilies.polarPerturbation()),
        null, new HypothesisViolation<>("sigma_min(A) > sigma_max(A*)",
            SignDynamicsEntries::withSwappedTarget)));
    return entries;
  }

  /** A built-in instance with A and A* swapped: {@code sigma_max(A*) > sigma_min(A)}. */
  private static PolarPerturbationInstance withSwappedTarget(Draws draws) {
    PolarPerturbationInstance instance = PolarFactorFamilies.polarPerturbation().draw(draws);
    return new PolarPerturbationInstance(instance.rows(), instance.columns(), instance.target(),
        instance.matrix());
  }

  /** A built-in instance with {@code B = sigma_min I}: {@code sigma_max(B) = sigma_min(A)}. */
  private static SharedBasisInstance withCoreAtTheSmallestSingularValue(Draws draws) {
    SharedBasisInstance instance = PolarFactorFamilies.sharedBasis().draw(draws);
    int k = instance.singularValues().size();
    BigRational sigmaMin = instance.singularValues().stream().reduce(BigRational::min)
        .orElseThrow();
    return new SharedBasisInstance(instance.left(), instance.right(), instance.singularValues(),
        ExactMatrices.combination(RationalMatrix.zero(k, k), sigmaMin, RationalMatrix.identity(k)));
  }

  /** {@code a in [1, 9]} and {@code a* = -(a + d)}, {@code d in [0, 3]}: {@code |a*| >= |a|}. */
  private static ScalarPair dominatingTarget(Draws draws) {
    BigRational a = BigRational.of(draws.between(1, 9));
    return new ScalarPair(a, a.add(BigRational.of(draws.between(0, 3))).negate());
  }

  /** A built-in instance with {@code h_1 = 2} (so {@code ||H||_2 > 1}). */
  private static NuclearSubgradientInstance withOversizedSubgradient(Draws draws) {
    NuclearSubgradientInstance instance = PolarFactorFamilies.nuclearSubgradient().draw(draws);
    List<BigRational> h = new ArrayList<>(instance.subgradientDiagonal());
    h.set(0, BigRational.TWO);
    return new NuclearSubgradientInstance(instance.left(), instance.right(),
        instance.singularValues(), h);
  }

  /** A built-in instance with U replaced by 2U (columns no longer unit). */
  private static MatrixSignInstance withScaledLeftBasis(Draws draws) {
    MatrixSignInstance instance = PolarFactorFamilies.matrixSignDynamics().draw(draws);
    RationalMatrix u = instance.left();
    return new MatrixSignInstance(ExactMatrices.combination(u, BigRational.ONE, u),
        instance.right(), instance.singularValues(), instance.alpha());
  }

  /** A built-in instance with {@code alpha} replaced by {@code -alpha}. */
  private static SignDynamicsInstance withNegatedStep(InstanceFamily<SignDynamicsInstance> family,
      Draws draws) {
    SignDynamicsInstance instance = family.draw(draws);
    return new SignDynamicsInstance(instance.initial(), instance.alpha().negate(),
        instance.zeroSelection());
  }

  /** A built-in instance with {@code H_1(0) = 2}, outside the subdifferential. */
  private static SignDynamicsInstance withSelectionTwo(InstanceFamily<SignDynamicsInstance> family,
      Draws draws) {
    SignDynamicsInstance instance = family.draw(draws);
    List<BigRational> selection = new ArrayList<>(instance.zeroSelection());
    selection.set(0, BigRational.TWO);
    return new SignDynamicsInstance(instance.initial(), instance.alpha(), selection);
  }
}
