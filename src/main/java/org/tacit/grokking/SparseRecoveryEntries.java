package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.CatalogueEntry;

/**
 * The registered TDR checkers of sparse recovery with l1 and weight decay alone (Sections 3.1, 3.3; Appendices C.4, C.5, C.8, D.1, E).
 */
final class SparseRecoveryEntries {

  private SparseRecoveryEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    return entries;
  }
}
