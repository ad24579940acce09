package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.Catalogue;
import org.tacit.verify.CatalogueEntry;

/**
 * The LNHW (seed 004, group sparsity) checkers: each with its built-in instances and a broken
 * instance for the contract test. The entries are assembled from one list per part of the paper
 * (Appendix A's brackets, the model and gradient flow of Sections 2-3, Algorithms 1-2 and
 * Appendices C-D), so that each part's registrations sit beside each other.
 *
 * <p>The printed forms of erratum items ({@code StatementForm.PRINTED}) are deliberately not
 * registered: they fail by design, and {@code tacit check --all} reports only genuine failures.
 */
public final class LnhwCatalogue implements Catalogue {

  @Override
  public String paper() {
    return "LNHW";
  }

  @Override
  public List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.addAll(BracketEntries.entries());
    entries.addAll(ModelEntries.entries());
    entries.addAll(PerturbationEntries.entries());
    entries.addAll(FlowEntries.entries());
    entries.addAll(AlgorithmEntries.entries());
    entries.addAll(RecursionEntries.entries());
    return List.copyOf(entries);
  }
}
