package org.tacit.benign;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.Catalogue;
import org.tacit.verify.CatalogueEntry;

/**
 * The ZG (seed 000, benign overfitting) checkers: each with its built-in instances and a broken
 * instance for the contract test, assembled from one list per part of the paper (the model,
 * gradient descent and its exact identities; the baselines; the data conditions and technical
 * lemmas).
 *
 * <p>The printed forms of erratum items ({@code StatementForm.PRINTED}) are deliberately not
 * registered: they fail by design, and {@code tacit check --all} reports only genuine failures.
 */
public final class ZgCatalogue implements Catalogue {

  @Override
  public String paper() {
    return "ZG";
  }

  @Override
  public List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.addAll(DynamicsEntries.entries());
    entries.addAll(BaselineEntries.entries());
    entries.addAll(FlowEntries.entries());
    entries.addAll(TechnicalEntries.entries());
    entries.addAll(StageEntries.entries());
    return List.copyOf(entries);
  }
}
