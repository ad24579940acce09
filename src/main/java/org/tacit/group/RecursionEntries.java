package org.tacit.group;

import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.BoundedMonotoneRecursionLemmaChecker;
import org.tacit.group.family.ScalarRecursionFamilies;
import org.tacit.group.model.MagnitudeRecursionInstance;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.HypothesisViolation;

/** The registered LNHW checkers of Appendices C-D: the scalar and single-group recursions (Lemmas 5-11, 14, 16). */
final class RecursionEntries {

  private RecursionEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of(
        CatalogueEntry.of("LNHW:lem-7",
            new CheckSuite<>(new BoundedMonotoneRecursionLemmaChecker(),
                ScalarRecursionFamilies.magnitude()),
            null, new HypothesisViolation<>("gamma <= 1/(4 (u*)^2)",
                draws -> new MagnitudeRecursionInstance(BigRational.ONE, BigRational.of(1, 2),
                    BigRational.of(1, 4).add(BigRational.of(1, draws.between(2, 100))), 3))));
  }
}
