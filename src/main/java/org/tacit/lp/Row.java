package org.tacit.lp;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;

/**
 * One constraint row {@code lower <= sum_k values[k] x[columns[k]] <= upper} of a
 * {@link LinearProgram}, stored sparsely with strictly increasing column indices and non-zero
 * values. A null bound is infinite ({@code lower = null} means {@code -inf}, {@code upper = null}
 * means {@code +inf}). Immutable (the arrays are copied on the way in and out).
 */
public final class Row {

  private final String name;
  private final int[] columns;
  private final BigRational[] values;
  private final @Nullable BigRational lower;
  private final @Nullable BigRational upper;

  Row(String name, int[] columns, BigRational[] values, @Nullable BigRational lower,
      @Nullable BigRational upper) {
    this.name = name;
    this.columns = columns.clone();
    this.values = values.clone();
    this.lower = lower;
    this.upper = upper;
  }

  /** The row's name (MPS row name, or the builder's). */
  public String name() {
    return name;
  }

  /** Number of stored non-zeros. */
  public int size() {
    return columns.length;
  }

  /** Column index of the {@code k}-th non-zero. */
  public int column(int k) {
    return columns[k];
  }

  /** Value of the {@code k}-th non-zero. */
  public BigRational value(int k) {
    return values[k];
  }

  /** The column indices of the non-zeros, increasing (a copy). */
  public int[] columns() {
    return columns.clone();
  }

  /** The lower bound of {@code a^T x}, or null for {@code -inf}. */
  public @Nullable BigRational lower() {
    return lower;
  }

  /** The upper bound of {@code a^T x}, or null for {@code +inf}. */
  public @Nullable BigRational upper() {
    return upper;
  }

  /** The sense derived from the bounds. */
  public RowSense sense() {
    BigRational lo = lower;
    BigRational hi = upper;
    if (lo == null) {
      return hi == null ? RowSense.FREE : RowSense.LESS_OR_EQUAL;
    }
    if (hi == null) {
      return RowSense.GREATER_OR_EQUAL;
    }
    return lo.equals(hi) ? RowSense.EQUAL : RowSense.RANGE;
  }

  /** {@code a^T x} exactly; {@code x} has one entry per column of the program. */
  public BigRational activity(BigRational[] x) {
    BigRational sum = BigRational.ZERO;
    for (int k = 0; k < columns.length; k++) {
      sum = sum.add(values[k].multiply(x[columns[k]]));
    }
    return sum;
  }

  /** {@code sum_k |a_k x_k|} exactly: the scale of the activity, for relative tolerances. */
  public BigRational activityScale(BigRational[] x) {
    BigRational sum = BigRational.ZERO;
    for (int k = 0; k < columns.length; k++) {
      sum = sum.add(values[k].multiply(x[columns[k]]).abs());
    }
    return sum;
  }

  @Override
  public String toString() {
    return name + ": " + lower + " <= " + Arrays.toString(values) + " . x"
        + Arrays.toString(columns) + " <= " + upper;
  }
}
