package org.tacit.lp;

import java.lang.reflect.Array;

/**
 * {@link TableauRows} as arrays of field elements (boxed), for any {@link ScalarField}.
 * Package-private.
 *
 * @param <T> the scalar type
 */
final class FieldTableauRows<T> implements TableauRows<T> {

  private final ScalarField<T> field;
  private final T[][] rows;
  private final int columns;

  FieldTableauRows(ScalarField<T> field, int rows, int columns) {
    this.field = field;
    this.columns = columns;
    T[] first = field.zeros(columns);
    @SuppressWarnings("unchecked")
    T[][] array = (T[][]) Array.newInstance(first.getClass(), rows);
    for (int i = 0; i < rows; i++) {
      array[i] = i == 0 ? first : field.zeros(columns);
    }
    this.rows = array;
  }

  @Override
  public T get(int i, int j) {
    return rows[i][j];
  }

  @Override
  public void set(int i, int j, T value) {
    rows[i][j] = value;
  }

  @Override
  public boolean isStoredZero(int i, int j) {
    return field.isStoredZero(rows[i][j]);
  }

  @Override
  public void pivot(int r, int q) {
    T[] pivotRow = rows[r];
    T pivotValue = pivotRow[q];
    int[] nonZero = new int[columns];
    int count = 0;
    for (int j = 0; j < columns; j++) {
      if (!field.isStoredZero(pivotRow[j])) {
        pivotRow[j] = field.divide(pivotRow[j], pivotValue);
        nonZero[count++] = j;
      }
    }
    pivotRow[q] = field.one();
    for (int i = 0; i < rows.length; i++) {
      if (i == r) {
        continue;
      }
      T[] row = rows[i];
      T factor = row[q];
      if (field.isStoredZero(factor)) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        int j = nonZero[k];
        row[j] = field.flush(field.subtract(row[j], field.multiply(factor, pivotRow[j])));
      }
      row[q] = field.zero();
    }
  }
}
