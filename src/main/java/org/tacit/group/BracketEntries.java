package org.tacit.group;

import java.util.List;
import org.tacit.verify.CatalogueEntry;

/** The registered LNHW checkers of Appendix A: the Lie brackets of the parameterization (Lemma 1, Theorem 1). */
final class BracketEntries {

  private BracketEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of();
  }
}
