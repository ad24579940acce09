package org.tacit.lp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * LPs over the slice of the cone of feasible directions at a point with support S:
 * <pre>
 *   Q = { n in R^d : A n = 0, n_j >= 0 for j not in S, sum_{j not in S} n_j = 1 },
 * </pre>
 * with {@code n_S} free unless a sign is imposed on some of its coordinates. Every ray of the cone
 * {@code N = {n in ker A : n_{S^c} >= 0}} with {@code n_{S^c} != 0} meets Q exactly once, which
 * turns the ratios of MS (II.1)/(II.2) into LP objectives (proof in
 * {@code proofs-notes/MS/null-space-constants.md}).
 *
 * <p>Columns are the coordinates {@code n_0..n_{d-1}} in order; rows are the N rows of
 * {@code A n = 0} followed by the normalization row. If {@code S^c} is empty, Q is empty and the
 * normalization row reads {@code 0 = 1}.
 *
 * <p>Spec: {@code MS:def-II.1} (the cone N), {@code MS:eq-II.1}.
 */
public final class NullSpaceSlice {

  private NullSpaceSlice() {}

  /**
   * The LP {@code optimize cost^T n} over Q with sign restrictions {@code signs[i]} on the support
   * coordinates ({@code +1}: {@code n_i >= 0}, {@code -1}: {@code n_i <= 0}, 0: free; ignored off
   * the support).
   *
   * @param a the matrix A (N x d)
   * @param inSupport {@code inSupport[j]} iff j is in S
   * @param cost the objective, length d
   * @param sense minimize or maximize
   * @param signs sign restrictions, length d, or null for none
   */
  public static LinearProgram program(RationalMatrix a, boolean[] inSupport, BigRational[] cost,
      ObjectiveSense sense, int @Nullable [] signs) {
    int d = a.cols();
    LinearProgram.Builder builder = LinearProgram.builder().name("null-space slice").sense(sense);
    Map<Integer, BigRational> normalization = new HashMap<>();
    for (int j = 0; j < d; j++) {
      if (inSupport[j]) {
        int sign = signs == null ? 0 : signs[j];
        builder.addColumn("n" + j, cost[j], sign > 0 ? BigRational.ZERO : null,
            sign < 0 ? BigRational.ZERO : null);
      } else {
        builder.addColumn("n" + j, cost[j]);
        normalization.put(j, BigRational.ONE);
      }
    }
    addKernelRows(builder, a, "ker");
    builder.addRowWithBounds("normalization", normalization, BigRational.ONE, BigRational.ONE);
    return builder.build();
  }

  /** Adds the rows {@code sum_j a_ij n_j = 0} for the first {@code a.cols()} columns. */
  static void addKernelRows(LinearProgram.Builder builder, RationalMatrix a, String prefix) {
    for (int i = 0; i < a.rows(); i++) {
      Map<Integer, BigRational> row = new HashMap<>();
      for (int j = 0; j < a.cols(); j++) {
        row.put(j, a.get(i, j));
      }
      builder.addRow(prefix + i, row, RowSense.EQUAL, BigRational.ZERO);
    }
  }

  /**
   * The vector of length d equal to {@code value} on {@code support} and 0 elsewhere (e.g. the
   * slopes of {@code rho~}: 1 and -1 on S).
   */
  public static BigRational[] onSupport(int d, int[] support, BigRational value) {
    BigRational[] v = new BigRational[d];
    Arrays.fill(v, BigRational.ZERO);
    for (int i : support) {
      v[i] = value;
    }
    return v;
  }

  /** The support mask of {@code support} in {@code [0, d)}. */
  public static boolean[] mask(int d, int[] support) {
    boolean[] in = new boolean[d];
    for (int i : support) {
      in[i] = true;
    }
    return in;
  }
}
