package org.tacit.grokking;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.Catalogue;
import org.tacit.verify.CatalogueEntry;

/**
 * The TDR (seed 002, grokking beyond the Euclidean norm) checkers: each with its built-in
 * instances and a broken instance for the contract test, assembled from one list per part of the
 * paper (the sign dynamics; the general subgradient theory of Section 2 and Appendix C; sparse
 * recovery and weight decay; matrix recovery; coherence; depth).
 *
 * <p>The printed forms of erratum items ({@code StatementForm.PRINTED}) are deliberately not
 * registered: they fail by design, and {@code tacit check --all} reports only genuine failures.
 */
public final class TdrCatalogue implements Catalogue {

  @Override
  public String paper() {
    return "TDR";
  }

  @Override
  public List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.addAll(SignDynamicsEntries.entries());
    entries.addAll(SubgradientTheoryEntries.entries());
    entries.addAll(SparseRecoveryEntries.entries());
    entries.addAll(NullSpaceEntries.entries());
    entries.addAll(MatrixRecoveryEntries.entries());
    entries.addAll(CoherenceEntries.entries());
    entries.addAll(DepthEntries.entries());
    return List.copyOf(entries);
  }
}
