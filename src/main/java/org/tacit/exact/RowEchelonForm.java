package org.tacit.exact;

/**
 * The reduced row echelon form of a matrix together with its pivot columns.
 *
 * <p>Contract: {@code reduced} has the shape of the original matrix; its first {@code rank()} rows
 * are the nonzero rows, row {@code i} has a leading 1 in column {@code pivotColumns[i]}, every
 * other entry of a pivot column is 0, and pivot columns increase strictly. The remaining rows are
 * zero. The record copies the pivot array on construction and on access.
 *
 * <p>Spec: foundation for exact null-space bases and solves (design brief, layer 1).
 *
 * @param reduced the reduced row echelon form
 * @param pivotColumns the pivot column of each nonzero row, increasing
 */
public record RowEchelonForm(RationalMatrix reduced, int[] pivotColumns) {

  /** Compact canonical constructor: copies the pivot columns. */
  public RowEchelonForm {
    pivotColumns = pivotColumns.clone();
  }

  /** The pivot column of each nonzero row (a copy). */
  @Override
  public int[] pivotColumns() {
    return pivotColumns.clone();
  }

  /** The rank: the number of pivots. */
  public int rank() {
    return pivotColumns.length;
  }

  /** Whether column {@code column} is a pivot column. O(rank). */
  public boolean isPivot(int column) {
    for (int p : pivotColumns) {
      if (p == column) {
        return true;
      }
    }
    return false;
  }
}
