package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.BracketClosedFormRemarkChecker;
import org.tacit.group.check.CommutingParameterizationChecker;
import org.tacit.group.check.FlowCommutatorRemarkChecker;
import org.tacit.group.check.GroupedDerivativesRemarkChecker;
import org.tacit.group.check.LieBracketDefinitionChecker;
import org.tacit.group.check.MirrorFlowObstructionTheoremChecker;
import org.tacit.group.check.NestedBracketRemarkChecker;
import org.tacit.group.check.NonCommutingLemmaChecker;
import org.tacit.group.family.BracketFamilies;
import org.tacit.group.family.VectorFieldFamilies;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.group.model.ParameterizationSample;
import org.tacit.group.model.PolynomialParameterization;
import org.tacit.group.model.VectorFieldTriple;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;
import org.tacit.verify.InstanceFamily;

/**
 * The registered LNHW checkers of Section 3.1 and Appendix A: Definitions 1-2 (Lie bracket,
 * commuting parameterizations), Lemma 1, the remark on non-commuting flows, Theorem 1 (partial) and
 * the Appendix A remarks (gradients, brackets, nested bracket). The printed forms of the errata
 * rem-A.2 and rem-A.3 are not registered.
 */
final class BracketEntries {

  private static final String U_POSITIVE = "u > 0";

  private BracketEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of(LieBracketDefinitionChecker.SPEC_ID,
        new CheckSuite<>(new LieBracketDefinitionChecker(),
            VectorFieldFamilies.polynomialTriples()),
        null, new HypothesisViolation<>("X, Y, Z, A, B and x live in one R^D",
            BracketEntries::pointOfTheWrongDimension)));
    entries.add(CatalogueEntry.of(CommutingParameterizationChecker.SPEC_ID,
        new CheckSuite<>(new CommutingParameterizationChecker(),
            VectorFieldFamilies.separableParameterizations()),
        null, new HypothesisViolation<>("G is separable (each parameter affects one coordinate)",
            BracketEntries::groupedParameterization)));
    entries.add(CatalogueEntry.of(GroupedDerivativesRemarkChecker.SPEC_ID,
        new CheckSuite<>(new GroupedDerivativesRemarkChecker(), BracketFamilies.anyPair()),
        null, nonPositiveMagnitude(BracketFamilies.anyPair())));
    entries.add(CatalogueEntry.of(BracketClosedFormRemarkChecker.SPEC_ID,
        new CheckSuite<>(new BracketClosedFormRemarkChecker(), BracketFamilies.anyPair()),
        null, nonPositiveMagnitude(BracketFamilies.anyPair())));
    entries.add(CatalogueEntry.of(NonCommutingLemmaChecker.SPEC_ID,
        new CheckSuite<>(new NonCommutingLemmaChecker(), BracketFamilies.witnessPair()),
        null, nonPositiveMagnitude(BracketFamilies.witnessPair())));
    entries.add(CatalogueEntry.of(NestedBracketRemarkChecker.SPEC_ID,
        new CheckSuite<>(new NestedBracketRemarkChecker(), BracketFamilies.witnessPair()),
        null, nonPositiveMagnitude(BracketFamilies.witnessPair())));
    entries.add(CatalogueEntry.of(FlowCommutatorRemarkChecker.SPEC_ID,
        new CheckSuite<>(new FlowCommutatorRemarkChecker(), BracketFamilies.witnessPair()),
        null, nonPositiveMagnitude(BracketFamilies.witnessPair())));
    entries.add(CatalogueEntry.of(MirrorFlowObstructionTheoremChecker.SPEC_ID,
        new CheckSuite<>(new MirrorFlowObstructionTheoremChecker(),
            BracketFamilies.witnessPair()),
        null, nonPositiveMagnitude(BracketFamilies.witnessPair())));
    return entries;
  }

  /** A built-in triple whose point has one coordinate too many (D + 1). */
  private static VectorFieldTriple pointOfTheWrongDimension(Draws draws) {
    VectorFieldTriple triple = VectorFieldFamilies.polynomialTriples().draw(draws);
    List<BigRational> point = new ArrayList<>(triple.point());
    point.add(BigRational.of(draws.between(-5, 5)));
    return new VectorFieldTriple(triple.x(), triple.y(), triple.z(), triple.a(), triple.b(), point);
  }

  /**
   * The grouped parameterization of a random partition with a group of size {@code >= 2}: not
   * separable (the shared {@code u_l} affects every coordinate of its group).
   */
  private static ParameterizationSample groupedParameterization(Draws draws) {
    GroupPartition partition = BracketFamilies.partition(draws);
    List<BigRational> point = new ArrayList<>(
        BracketFamilies.magnitudes(draws, partition.groupCount()));
    point.addAll(BracketFamilies.coordinates(draws, partition.dimension()));
    return new ParameterizationSample(PolynomialParameterization.grouped(partition), point);
  }

  /**
   * A built-in instance with the magnitude of coordinate {@code i}'s group set to 0 or a negative
   * rational: outside the domain {@code R_+^L} of the parameterization ("u > 0" broken, nothing
   * else).
   */
  private static HypothesisViolation<GroupedPairInstance> nonPositiveMagnitude(
      InstanceFamily<GroupedPairInstance> family) {
    return new HypothesisViolation<>(U_POSITIVE, (Draws draws) -> {
      GroupedPairInstance instance = family.draw(draws);
      List<BigRational> u = new ArrayList<>(instance.u());
      u.set(instance.partition().groupOf(instance.i()),
          BigRational.of(-draws.between(0, 5), draws.between(1, 3)));
      return new GroupedPairInstance(instance.partition(), u, instance.v(), instance.i(),
          instance.j());
    });
  }
}
