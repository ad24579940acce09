package org.tacit.grokking.model;

/**
 * Enumeration of the supports {@code J subset [n]} of a given size in lexicographic order, the
 * index sets over which the restricted isometry constant (TDR Definition G.1) and the 1-coherence
 * (Definition G.2, Proposition G.3) are maxima.
 *
 * <p>Contract: a support is an increasing {@code int[]} of indices in {@code [0, n)}; O(size) per
 * step. Spec: {@code TDR:def-G.1}, {@code TDR:prop-G.3}.
 */
public final class SupportEnumeration {

  private SupportEnumeration() {}

  /** The first support of the given size: {@code {0, 1, ..., size - 1}}. */
  public static int[] first(int size) {
    int[] support = new int[size];
    for (int i = 0; i < size; i++) {
      support[i] = i;
    }
    return support;
  }

  /**
   * Advances {@code support} (increasing indices in {@code [0, n)}) to the next support of the
   * same size in lexicographic order; returns false (leaving it unchanged) after the last one.
   */
  public static boolean next(int[] support, int n) {
    int size = support.length;
    int i = size - 1;
    while (i >= 0 && support[i] == n - size + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    support[i]++;
    for (int j = i + 1; j < size; j++) {
      support[j] = support[j - 1] + 1;
    }
    return true;
  }
}
