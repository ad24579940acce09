package org.tacit.cli;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.ZgCatalogue;
import org.tacit.group.LnhwCatalogue;
import org.tacit.grokking.TdrCatalogue;
import org.tacit.l1rate.MsCatalogue;
import org.tacit.stepsize.NrssCatalogue;
import org.tacit.verify.Catalogue;
import org.tacit.verify.CatalogueEntry;

/**
 * Every paper's catalogue of theorem checkers, in the order {@code tacit check --all} runs them.
 * Adding a paper adds its catalogue here (one line); nothing else in the command line knows the
 * paper packages' checkers.
 */
public final class Catalogues {

  private Catalogues() {}

  /** The catalogues, one per paper with checkers. */
  public static List<Catalogue> all() {
    return List.of(new MsCatalogue(), new NrssCatalogue(), new LnhwCatalogue(), new ZgCatalogue(),
        new TdrCatalogue());
  }

  /** Every registered entry of every catalogue, in order. */
  public static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    for (Catalogue catalogue : all()) {
      entries.addAll(catalogue.entries());
    }
    return entries;
  }
}
