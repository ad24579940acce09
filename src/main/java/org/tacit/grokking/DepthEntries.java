package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.CatalogueEntry;

/**
 * The registered TDR checkers of the deep (Hadamard-product and matrix-product) parameterizations (Section 3.5; Appendix F).
 */
final class DepthEntries {

  private DepthEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    return entries;
  }
}
