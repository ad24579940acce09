package org.tacit.lp;

/**
 * The storage of a simplex tableau and its one heavy operation, the pivot: {@code m + 1} rows
 * (the last is the reduced-cost row) of {@code width + 1} entries (the last is the right side).
 * Package-private engine part of {@link TableauSimplex}, which makes every decision; a storage
 * only holds numbers and eliminates.
 *
 * <p>Two storages: {@link #of(ScalarField, int, int)} gives boxed rows over any field (the exact
 * rationals), and for the double field unboxed {@code double} rows, which compute the same
 * operations in the same order (bit-for-bit the same results) without boxing every entry a pivot
 * writes.
 *
 * @param <T> the scalar type
 */
interface TableauRows<T> {

  /** A zero tableau of {@code rows} rows and {@code columns} columns over {@code field}. */
  @SuppressWarnings("unchecked")
  static <T> TableauRows<T> of(ScalarField<T> field, int rows, int columns) {
    if (field == DoubleField.INSTANCE) {
      return (TableauRows<T>) new DoubleTableauRows(rows, columns);
    }
    return new FieldTableauRows<>(field, rows, columns);
  }

  /** Entry {@code (i, j)}. */
  T get(int i, int j);

  /** Sets entry {@code (i, j)}. */
  void set(int i, int j, T value);

  /** Whether entry {@code (i, j)} is stored as exactly zero (skipping work only). */
  boolean isStoredZero(int i, int j);

  /**
   * Gauss-Jordan step on {@code (r, q)}: divides row r by its entry in column q, then subtracts
   * multiples of it from every other row (the reduced-cost row included) so that column q becomes
   * the unit vector {@code e_r}; new entries are passed through {@link ScalarField#flush}. Each row
   * touches only the columns where row r is non-zero.
   */
  void pivot(int r, int q);
}
