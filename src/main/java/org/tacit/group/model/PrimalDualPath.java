package org.tacit.group.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The primal iterates {@code w_1, ..., w_K} of {@link PrimalDualIterativeRegularization} and its
 * step sizes, for early stopping on a validation set.
 *
 * <p>Spec: {@code LNHW:fig-12}.
 *
 * @param iterates {@code w_k} for {@code k = 1..K} (index {@code k - 1})
 * @param tau the primal step
 * @param sigma the dual step
 */
public record PrimalDualPath(List<double[]> iterates, double tau, double sigma) {

  /** Copies the iterates. */
  public PrimalDualPath {
    List<double[]> copies = new ArrayList<>();
    for (double[] w : iterates) {
      copies.add(w.clone());
    }
    iterates = List.copyOf(copies);
  }

  /** The number of iterations {@code K}. */
  public int length() {
    return iterates.size();
  }

  /** {@code w_k}, {@code 1 <= k <= K} (a copy). */
  public double[] iterate(int k) {
    return iterates.get(k - 1).clone();
  }

  /** The iterates (copies). */
  @Override
  public List<double[]> iterates() {
    List<double[]> copies = new ArrayList<>();
    for (double[] w : iterates) {
      copies.add(w.clone());
    }
    return copies;
  }
}
