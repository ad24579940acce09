package org.tacit.io;

import org.tacit.exact.BigRational;

/**
 * A linear system {@code A x = y} as read from a user's file, with every number exact (decimals
 * are read as exact rationals, so {@code 0.1} is 1/10). Double-precision commands round each entry
 * once with {@link BigRational#doubleValue()}, which equals parsing the decimal as a double.
 *
 * @param a the matrix, {@code rows x cols}, rectangular, at least one row and column
 * @param y the right-hand side, length {@code rows}
 */
public record LinearSystemInput(BigRational[][] a, BigRational[] y) {

  /** Number of rows (equations). */
  public int rows() {
    return a.length;
  }

  /** Number of columns (unknowns). */
  public int cols() {
    return a[0].length;
  }

  /** A rounded to doubles, row-major. */
  public double[][] aAsDouble() {
    double[][] result = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      result[i] = new double[a[i].length];
      for (int j = 0; j < a[i].length; j++) {
        result[i][j] = a[i][j].doubleValue();
      }
    }
    return result;
  }

  /** y rounded to doubles. */
  public double[] yAsDouble() {
    double[] result = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      result[i] = y[i].doubleValue();
    }
    return result;
  }
}
