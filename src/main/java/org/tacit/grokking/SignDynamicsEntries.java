package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.CatalogueEntry;

/**
 * The registered TDR checkers of the sign dynamics of Lemmas C.30, C.31, C.42 and the polar-factor lemmas C.41, C.43-C.45 (Appendices C.4, C.6).
 */
final class SignDynamicsEntries {

  private SignDynamicsEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    return entries;
  }
}
