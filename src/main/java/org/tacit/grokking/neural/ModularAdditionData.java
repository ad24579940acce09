package org.tacit.grokking.neural;

import org.tacit.verify.Draws;

/**
 * The algorithmic dataset of Section 2.1 / H.3.1: all {@code p^2} pairs {@code (x1, x2)} of
 * residues mod p labelled {@code (x1 + x2) mod p}, split at random into a training set of
 * {@code floor(r_train p^2)} pairs (scikit-learn's {@code train_test_split} rounding, used by the
 * authors: 3763 of 9409 for p = 97 and {@code r_train = 0.4}) and a test set of the rest. The split
 * is a seeded permutation ({@link Draws#permutation}) of the pair indices {@code x1 p + x2}; the
 * training set is its first {@code floor(r_train p^2)} entries, in that order.
 *
 * <p>Spec: {@code TDR:alg-2.1-mlp}.
 *
 * @param modulus p
 * @param train the training pairs
 * @param test the test pairs
 */
public record ModularAdditionData(int modulus, PairSet train, PairSet test) {

  /**
   * Pairs with their labels: {@code first[b] + second[b] = labels[b] (mod p)}.
   *
   * @param first x1 of each pair
   * @param second x2 of each pair
   * @param labels (x1 + x2) mod p
   */
  public record PairSet(int[] first, int[] second, int[] labels) {

    /** Copies the arrays; checks equal lengths. */
    public PairSet {
      if (first.length != second.length || first.length != labels.length) {
        throw new IllegalArgumentException("pair arrays of different lengths");
      }
      first = first.clone();
      second = second.clone();
      labels = labels.clone();
    }

    /** The number of pairs. */
    public int size() {
      return labels.length;
    }
  }

  /**
   * The split of the {@code p^2} pairs with training fraction {@code trainFraction}.
   *
   * @throws IllegalArgumentException unless {@code p >= 2} and both parts are non-empty
   */
  public static ModularAdditionData split(int modulus, double trainFraction, Draws draws) {
    int all = modulus * modulus;
    int trainSize = (int) Math.floor(trainFraction * all);
    if (modulus < 2 || trainSize < 1 || trainSize >= all) {
      throw new IllegalArgumentException("need p >= 2 and 0 < floor(r_train p^2) < p^2, got p = "
          + modulus + ", r_train = " + trainFraction);
    }
    int[] order = draws.permutation(all);
    return new ModularAdditionData(modulus, pairs(order, 0, trainSize, modulus),
        pairs(order, trainSize, all, modulus));
  }

  private static PairSet pairs(int[] order, int from, int to, int modulus) {
    int n = to - from;
    int[] first = new int[n];
    int[] second = new int[n];
    int[] labels = new int[n];
    for (int b = 0; b < n; b++) {
      int pair = order[from + b];
      first[b] = pair / modulus;
      second[b] = pair % modulus;
      labels[b] = (first[b] + second[b]) % modulus;
    }
    return new PairSet(first, second, labels);
  }
}
