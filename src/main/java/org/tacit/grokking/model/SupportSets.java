package org.tacit.grokking.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacit.exact.BigRational;

/**
 * Index sets {@code S subset [n]} (sorted distinct 0-based indices) and the restricted l1 norms of
 * the null space properties: {@code ||u_S||_1}, {@code ||u_{S_bar}||_1}, the best s-term
 * approximation error {@code sigma_s(u)_1 = ||u - H_s(u)||_1} with hard thresholding H_s, and the
 * subsets of size at most s. All exact; O(n) per norm, O(C(n, s)) subsets.
 *
 * <p>Spec: {@code TDR:def-C.34}, {@code TDR:def-C.35}, {@code TDR:def-C.37}.
 */
public final class SupportSets {

  private SupportSets() {}

  /** The indicator of S in {@code [n]}; throws on an index outside or a repeated index. */
  public static boolean[] indicator(int n, int[] support) {
    boolean[] in = new boolean[n];
    for (int i : support) {
      if (i < 0 || i >= n || in[i]) {
        throw new IllegalArgumentException("bad support " + Arrays.toString(support) + " in [" + n
            + "]");
      }
      in[i] = true;
    }
    return in;
  }

  /** {@code S_bar = [n] \ S}, sorted. */
  public static int[] complement(int n, int[] support) {
    boolean[] in = indicator(n, support);
    int[] out = new int[n - support.length];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!in[i]) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** {@code ||u_S||_1}. */
  public static BigRational norm1On(BigRational[] u, int[] support) {
    BigRational sum = BigRational.ZERO;
    for (int i : support) {
      sum = sum.add(u[i].abs());
    }
    return sum;
  }

  /** {@code ||u_{S_bar}||_1}. */
  public static BigRational norm1Off(BigRational[] u, int[] support) {
    return norm1On(u, complement(u.length, support));
  }

  /** The indices of the s largest {@code |u_i|} (ties by smaller index), sorted: supp H_s(u). */
  public static int[] largest(BigRational[] u, int s) {
    Integer[] order = new Integer[u.length];
    for (int i = 0; i < u.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (i, j) -> {
      int c = u[j].abs().compareTo(u[i].abs());
      return c != 0 ? c : Integer.compare(i, j);
    });
    int[] out = new int[Math.min(s, u.length)];
    for (int k = 0; k < out.length; k++) {
      out[k] = order[k];
    }
    Arrays.sort(out);
    return out;
  }

  /** All subsets of {@code [n]} of size exactly s, each sorted (lexicographic order). */
  public static List<int[]> subsetsOfSize(int n, int s) {
    List<int[]> out = new ArrayList<>();
    int[] current = new int[s];
    fill(out, current, 0, 0, n);
    return out;
  }

  private static void fill(List<int[]> out, int[] current, int position, int start, int n) {
    if (position == current.length) {
      out.add(current.clone());
      return;
    }
    for (int i = start; i < n; i++) {
      current[position] = i;
      fill(out, current, position + 1, i + 1, n);
    }
  }
}
