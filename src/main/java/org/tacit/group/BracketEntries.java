package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.BracketClosedFormRemarkChecker;
import org.tacit.group.check.GroupedDerivativesRemarkChecker;
import org.tacit.group.check.NestedBracketRemarkChecker;
import org.tacit.group.check.NonCommutingLemmaChecker;
import org.tacit.group.family.BracketFamilies;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;
import org.tacit.verify.InstanceFamily;

/** The registered LNHW checkers of Appendix A: the Lie brackets of the parameterization (Lemma 1, Theorem 1). */
final class BracketEntries {

  private static final String U_POSITIVE = "u > 0";

  private BracketEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of(
        CatalogueEntry.of(GroupedDerivativesRemarkChecker.SPEC_ID,
            new CheckSuite<>(new GroupedDerivativesRemarkChecker(), BracketFamilies.anyPair()),
            null, zeroMagnitude(BracketFamilies.anyPair())),
        CatalogueEntry.of(BracketClosedFormRemarkChecker.SPEC_ID,
            new CheckSuite<>(new BracketClosedFormRemarkChecker(), BracketFamilies.anyPair()),
            null, zeroMagnitude(BracketFamilies.anyPair())),
        CatalogueEntry.of(NonCommutingLemmaChecker.SPEC_ID,
            new CheckSuite<>(new NonCommutingLemmaChecker(), BracketFamilies.witnessPair()),
            null, zeroMagnitude(BracketFamilies.witnessPair())),
        CatalogueEntry.of(NestedBracketRemarkChecker.SPEC_ID,
            new CheckSuite<>(new NestedBracketRemarkChecker(), BracketFamilies.witnessPair()),
            null, zeroMagnitude(BracketFamilies.witnessPair())));
  }

  /**
   * A built-in instance with the magnitude of coordinate {@code i}'s group set to 0 or a negative
   * rational: outside the domain {@code R_+^L} of the parameterization ("u > 0" broken, nothing
   * else).
   */
  private static HypothesisViolation<GroupedPairInstance> zeroMagnitude(
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
