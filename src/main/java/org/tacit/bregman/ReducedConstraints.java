package org.tacit.bregman;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RowEchelonForm;

/**
 * The constraints {@code A_M x_M = y} of a projection problem restricted to its support M and
 * reduced exactly to an equivalent system {@code A' x_M = y'} with full row rank: the nonzero
 * rows of the reduced row echelon form of {@code [A_M | y]}, computed with a preferred column
 * order (pivots are taken greedily in that order, so each row of {@code A'} has a 1 in its pivot
 * column, 0 in the other pivot columns and in every column preferred before its pivot).
 *
 * <p>Contract: the solution sets of {@code A_M x = y} and {@code A' x = y'} are equal; columns of
 * {@code A'} are indexed locally (position in {@link #columns()}). Construction throws
 * {@link IllegalArgumentException} when {@code A_M x = y} has no solution. Cost: one exact RREF.
 *
 * <p>Spec: preprocessing for the projection of MS {@code rem-I.2}.
 */
public final class ReducedConstraints {

  private final int[] columns;
  private final RationalMatrix rows;
  private final BigRational[] rightSide;
  private final int[] pivots;

  private ReducedConstraints(int[] columns, RationalMatrix rows, BigRational[] rightSide,
      int[] pivots) {
    this.columns = columns;
    this.rows = rows;
    this.rightSide = rightSide;
    this.pivots = pivots;
  }

  /**
   * Reduces the problem's constraints on its support with the given preference: {@code order} is
   * a permutation of the local column indices {@code 0..|M|-1}, most preferred pivot first.
   *
   * @throws IllegalArgumentException if the system restricted to M is inconsistent, or if
   *     {@code order} is not a permutation
   */
  public static ReducedConstraints reduce(EntropyProjectionProblem problem, int[] order) {
    int[] columns = problem.supportIndices();
    int k = columns.length;
    checkPermutation(order, k);
    RationalMatrix a = problem.a();
    int[] permuted = new int[k];
    for (int p = 0; p < k; p++) {
      permuted[p] = columns[order[p]];
    }
    RationalMatrix augmented = a.selectColumns(permuted)
        .appendColumns(RationalMatrix.column(problem.y()));
    RowEchelonForm form = augmented.rowEchelonForm();
    int[] pivotsPermuted = form.pivotColumns();
    int m = pivotsPermuted.length;
    if (m > 0 && pivotsPermuted[m - 1] == k) {
      throw new IllegalArgumentException("A x = y has no solution supported on the mask");
    }
    BigRational[][] reduced = new BigRational[m][k];
    BigRational[] rhs = new BigRational[m];
    int[] pivots = new int[m];
    for (int j = 0; j < m; j++) {
      for (int p = 0; p < k; p++) {
        reduced[j][order[p]] = form.reduced().get(j, p);
      }
      rhs[j] = form.reduced().get(j, k);
      pivots[j] = order[pivotsPermuted[j]];
    }
    RationalMatrix rowsMatrix = m == 0 ? RationalMatrix.zero(0, k) : RationalMatrix.of(reduced);
    return new ReducedConstraints(columns, rowsMatrix, rhs, pivots);
  }

  /** Reduces with the natural column order. */
  public static ReducedConstraints reduce(EntropyProjectionProblem problem) {
    int k = problem.supportIndices().length;
    int[] order = new int[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    return reduce(problem, order);
  }

  private static void checkPermutation(int[] order, int k) {
    if (order.length != k) {
      throw new IllegalArgumentException("order has length " + order.length + ", expected " + k);
    }
    boolean[] seen = new boolean[k];
    for (int p : order) {
      if (p < 0 || p >= k || seen[p]) {
        throw new IllegalArgumentException("order is not a permutation: " + Arrays.toString(order));
      }
      seen[p] = true;
    }
  }

  /**
   * Whether these pivots are exactly the pivots that {@link #reduce(EntropyProjectionProblem,
   * int[])} would choose with the preference {@code order}, decided from the reduced rows alone
   * (no new elimination; O(m |M|) zero tests). Criterion: for every non-pivot column c, every row
   * j with {@code A'[j][c] != 0} has its pivot preferred before c. Proof (see
   * proofs-notes/MS/fast-projection.md): the columns of {@code A'} have the same linear
   * dependencies as those of {@code [A_M | y]} without y, the pivot column of row j is the unit
   * vector e_j and a non-pivot column c equals {@code sum_j A'[j][c] e_j}. If the criterion
   * holds, every column preferred before a pivot p lies in the span of the unit vectors of pivots
   * preferred before p, which misses e_p, so greedy elimination takes p; and every non-pivot c
   * lies in the span of the pivots preferred before it, so it is skipped. If it fails for some c,
   * c is not in the span of the pivots preferred before it, so either greedy takes c or it took a
   * column that is not a pivot here: the pivot sets differ. When the pivot sets agree, the reduced
   * rows {@code B^-1 [A_M | y]} agree too (they are determined by the pivot set B), up to row
   * order.
   *
   * @throws IllegalArgumentException if {@code order} is not a permutation of the local columns
   */
  public boolean pivotsAreGreedyFor(int[] order) {
    int k = columns.length;
    checkPermutation(order, k);
    int[] position = new int[k];
    for (int p = 0; p < k; p++) {
      position[order[p]] = p;
    }
    boolean[] pivot = new boolean[k];
    for (int p : pivots) {
      pivot[p] = true;
    }
    for (int c = 0; c < k; c++) {
      if (pivot[c]) {
        continue;
      }
      for (int j = 0; j < pivots.length; j++) {
        if (!rows.get(j, c).isZero() && position[pivots[j]] > position[c]) {
          return false;
        }
      }
    }
    return true;
  }

  /** The support M: original column index of each local column (a copy). */
  public int[] columns() {
    return columns.clone();
  }

  /** The reduced matrix {@code A'} ({@code m x |M|}, full row rank). */
  public RationalMatrix rows() {
    return rows;
  }

  /** The reduced right side {@code y'} (a copy). */
  public BigRational[] rightSide() {
    return rightSide.clone();
  }

  /** The local pivot column of each row (a copy). */
  public int[] pivots() {
    return pivots.clone();
  }

  /** The number m of independent constraints. */
  public int rank() {
    return pivots.length;
  }
}
