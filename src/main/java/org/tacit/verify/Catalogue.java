package org.tacit.verify;

import java.util.List;

/**
 * The theorem checkers one paper package exports: each paper package has exactly one catalogue
 * (e.g. {@code stepsize.NrssCatalogue}), and the command line concatenates them. Adding a paper
 * adds its package and one line to that list.
 *
 * <p>Contract: entry names are unique across all catalogues; every entry's spec ID belongs to
 * {@link #paper()} and is {@code verified} or {@code partial} in {@code spec/} (checked by the
 * contract test).
 */
public interface Catalogue {

  /** The spec key of the paper, e.g. {@code NRSS}. */
  String paper();

  /** The registered checkers, in the order {@code tacit check --all} runs them. */
  List<CatalogueEntry<?>> entries();
}
