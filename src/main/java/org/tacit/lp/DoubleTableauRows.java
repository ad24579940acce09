package org.tacit.lp;

/**
 * {@link TableauRows} of unboxed doubles: the operations of {@link FieldTableauRows} over
 * {@link DoubleField} in the same order (divide the pivot row, subtract {@code factor * entry},
 * flush magnitudes below {@link LpTolerances#DOUBLE_FLUSH} to zero), so the same results bit for
 * bit, without allocating a box per written entry. Package-private.
 */
final class DoubleTableauRows implements TableauRows<Double> {

  private final double[][] rows;
  private final int columns;

  DoubleTableauRows(int rows, int columns) {
    this.rows = new double[rows][columns];
    this.columns = columns;
  }

  @Override
  public Double get(int i, int j) {
    return rows[i][j];
  }

  @Override
  public void set(int i, int j, Double value) {
    rows[i][j] = value;
  }

  @Override
  public boolean isStoredZero(int i, int j) {
    return rows[i][j] == 0.0;
  }

  @Override
  public void pivot(int r, int q) {
    double[] pivotRow = rows[r];
    double pivotValue = pivotRow[q];
    int[] nonZero = new int[columns];
    int count = 0;
    for (int j = 0; j < columns; j++) {
      if (pivotRow[j] != 0.0) {
        pivotRow[j] = pivotRow[j] / pivotValue;
        nonZero[count++] = j;
      }
    }
    pivotRow[q] = 1.0;
    for (int i = 0; i < rows.length; i++) {
      if (i == r) {
        continue;
      }
      double[] row = rows[i];
      double factor = row[q];
      if (factor == 0.0) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        int j = nonZero[k];
        double value = row[j] - factor * pivotRow[j];
        row[j] = Math.abs(value) < LpTolerances.DOUBLE_FLUSH ? 0.0 : value;
      }
      row[q] = 0.0;
    }
  }
}
