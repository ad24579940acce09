package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.CatalogueEntry;

/**
 * The registered TDR checkers of matrix factorization, sensing and completion with the nuclear norm (Section 3.2; Appendices B, C.6, C.7, D.2).
 */
final class MatrixRecoveryEntries {

  private MatrixRecoveryEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    return entries;
  }
}
