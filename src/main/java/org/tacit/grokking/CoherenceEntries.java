package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.CatalogueEntry;

/**
 * The registered TDR checkers of coherence, restricted isometry and data selection (Section 3.4; Appendix G).
 */
final class CoherenceEntries {

  private CoherenceEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    return entries;
  }
}
