package org.tacit.exact;

import java.math.BigInteger;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An immutable dense matrix of exact rationals, with exact elimination: reduced row echelon form,
 * rank, null-space basis, solves, determinant and inverse.
 *
 * <p>Contract: immutable (every accessor returns a copy or a single immutable entry); dimensions
 * may be zero. All results are exact. Elimination is fraction-free: each row is scaled to integers
 * (which changes neither the row space nor the kernel), then integer-preserving Gauss-Jordan
 * elimination (Bareiss' one-step rule: every update {@code (p a - b c) / previousPivot} divides
 * exactly, so intermediate entries are minors of the input and grow only linearly in bit length)
 * runs on {@link BigInteger}; rationals appear only in the final normalisation. Cost of
 * {@link #rowEchelonForm()}: O(r m n) big-integer operations for an {@code m x n} matrix of rank
 * r. The determinant uses Bareiss' fraction-free Gaussian elimination, O(n^3).
 *
 * <p>Spec: exact linear algebra of the design brief (layer 1); used for the null-space constants
 * and the Bregman projection of MS ({@code MS:lem-III.3ii} checks rely on exact kernel bases).
 */
public final class RationalMatrix {

  private final int rows;
  private final int cols;
  private final BigRational[] entries;

  private RationalMatrix(int rows, int cols, BigRational[] entries) {
    this.rows = rows;
    this.cols = cols;
    this.entries = entries;
  }

  /**
   * The matrix with the given rows; every row must have the same length.
   *
   * @throws IllegalArgumentException if the rows are ragged
   */
  public static RationalMatrix of(BigRational[][] values) {
    int r = values.length;
    int c = r == 0 ? 0 : values[0].length;
    BigRational[] e = new BigRational[r * c];
    for (int i = 0; i < r; i++) {
      if (values[i].length != c) {
        throw new IllegalArgumentException("row " + i + " has length " + values[i].length
            + ", expected " + c);
      }
      System.arraycopy(values[i], 0, e, i * c, c);
    }
    return new RationalMatrix(r, c, e);
  }

  /** The integer matrix with the given rows; every row must have the same length. */
  public static RationalMatrix of(long[][] values) {
    BigRational[][] b = new BigRational[values.length][];
    for (int i = 0; i < values.length; i++) {
      b[i] = new BigRational[values[i].length];
      for (int j = 0; j < values[i].length; j++) {
        b[i][j] = BigRational.of(values[i][j]);
      }
    }
    return of(b);
  }

  /** The {@code rows x cols} zero matrix. */
  public static RationalMatrix zero(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("negative dimension " + rows + " x " + cols);
    }
    BigRational[] e = new BigRational[rows * cols];
    Arrays.fill(e, BigRational.ZERO);
    return new RationalMatrix(rows, cols, e);
  }

  /** The {@code n x n} identity. */
  public static RationalMatrix identity(int n) {
    BigRational[] e = zero(n, n).entries;
    for (int i = 0; i < n; i++) {
      e[i * n + i] = BigRational.ONE;
    }
    return new RationalMatrix(n, n, e);
  }

  /** The column vector {@code v} as a {@code v.length x 1} matrix. */
  public static RationalMatrix column(BigRational[] v) {
    return new RationalMatrix(v.length, 1, v.clone());
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int cols() {
    return cols;
  }

  /** Entry {@code (i, j)}, zero-based. */
  public BigRational get(int i, int j) {
    if (i < 0 || i >= rows || j < 0 || j >= cols) {
      throw new IndexOutOfBoundsException("(" + i + ", " + j + ") in " + rows + " x " + cols);
    }
    return entries[i * cols + j];
  }

  /** Row {@code i} as a new array. */
  public BigRational[] row(int i) {
    BigRational[] r = zero(1, cols).entries;
    System.arraycopy(entries, i * cols, r, 0, cols);
    return r;
  }

  /** Column {@code j} as a new array. */
  public BigRational[] column(int j) {
    BigRational[] c = zero(rows, 1).entries;
    for (int i = 0; i < rows; i++) {
      c[i] = get(i, j);
    }
    return c;
  }

  /** All entries as a new array of rows. */
  public BigRational[][] toArray() {
    BigRational[][] a = new BigRational[rows][];
    for (int i = 0; i < rows; i++) {
      a[i] = row(i);
    }
    return a;
  }

  /** The entries rounded to nearest doubles, row-major in a flat array of length rows * cols. */
  public double[] toDoubleRowMajor() {
    double[] d = new double[entries.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = entries[k].doubleValue();
    }
    return d;
  }

  /** The transpose. */
  public RationalMatrix transpose() {
    BigRational[] e = new BigRational[entries.length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        e[j * rows + i] = entries[i * cols + j];
      }
    }
    return new RationalMatrix(cols, rows, e);
  }

  /** {@code this * other}; requires {@code cols() == other.rows()}. O(m n p). */
  public RationalMatrix multiply(RationalMatrix other) {
    if (cols != other.rows) {
      throw new IllegalArgumentException("dimension mismatch: " + rows + " x " + cols + " times "
          + other.rows + " x " + other.cols);
    }
    BigRational[] e = new BigRational[rows * other.cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < other.cols; j++) {
        BigRational sum = BigRational.ZERO;
        for (int k = 0; k < cols; k++) {
          BigRational a = entries[i * cols + k];
          if (!a.isZero()) {
            sum = sum.add(a.multiply(other.entries[k * other.cols + j]));
          }
        }
        e[i * other.cols + j] = sum;
      }
    }
    return new RationalMatrix(rows, other.cols, e);
  }

  /** {@code this * v}; requires {@code v.length == cols()}. */
  public BigRational[] multiply(BigRational[] v) {
    if (v.length != cols) {
      throw new IllegalArgumentException("vector of length " + v.length + " for " + cols
          + " columns");
    }
    BigRational[] out = new BigRational[rows];
    for (int i = 0; i < rows; i++) {
      BigRational sum = BigRational.ZERO;
      for (int k = 0; k < cols; k++) {
        BigRational a = entries[i * cols + k];
        if (!a.isZero() && !v[k].isZero()) {
          sum = sum.add(a.multiply(v[k]));
        }
      }
      out[i] = sum;
    }
    return out;
  }

  /** The submatrix of the given columns, in the given order (repetitions allowed). */
  public RationalMatrix selectColumns(int[] columns) {
    BigRational[] e = new BigRational[rows * columns.length];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < columns.length; k++) {
        e[i * columns.length + k] = get(i, columns[k]);
      }
    }
    return new RationalMatrix(rows, columns.length, e);
  }

  /** The submatrix of the given rows, in the given order (repetitions allowed). */
  public RationalMatrix selectRows(int[] rowIndices) {
    BigRational[] e = new BigRational[rowIndices.length * cols];
    for (int k = 0; k < rowIndices.length; k++) {
      System.arraycopy(row(rowIndices[k]), 0, e, k * cols, cols);
    }
    return new RationalMatrix(rowIndices.length, cols, e);
  }

  /** {@code [this | other]}; requires equal row counts. */
  public RationalMatrix appendColumns(RationalMatrix other) {
    if (rows != other.rows) {
      throw new IllegalArgumentException("row counts differ: " + rows + " and " + other.rows);
    }
    int c = cols + other.cols;
    BigRational[] e = new BigRational[rows * c];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(entries, i * cols, e, i * c, cols);
      System.arraycopy(other.entries, i * other.cols, e, i * c + cols, other.cols);
    }
    return new RationalMatrix(rows, c, e);
  }

  /**
   * The reduced row echelon form and its pivot columns, by fraction-free Gauss-Jordan elimination
   * (pivot: the first row with a nonzero entry in the column).
   */
  public RowEchelonForm rowEchelonForm() {
    BigInteger[][] m = integerRows();
    int[] pivots = new int[Math.min(rows, cols)];
    int rank = fractionFreeGaussJordan(m, cols, pivots);
    BigRational[] e = new BigRational[rows * cols];
    Arrays.fill(e, BigRational.ZERO);
    for (int i = 0; i < rank; i++) {
      BigInteger pivot = m[i][pivots[i]];
      for (int j = 0; j < cols; j++) {
        if (m[i][j].signum() != 0) {
          e[i * cols + j] = BigRational.of(m[i][j], pivot);
        }
      }
    }
    return new RowEchelonForm(new RationalMatrix(rows, cols, e), Arrays.copyOf(pivots, rank));
  }

  /** The rank. */
  public int rank() {
    BigInteger[][] m = integerRows();
    return fractionFreeGaussJordan(m, cols, new int[Math.min(rows, cols)]);
  }

  /**
   * A basis of {@code ker this} as the columns of a {@code cols() x (cols() - rank)} matrix: for
   * each non-pivot column f of the RREF, the vector with 1 at f, {@code -R[i][f]} at the pivot
   * column of row i, and 0 elsewhere.
   */
  public RationalMatrix nullSpaceBasis() {
    return nullSpaceBasis(rowEchelonForm());
  }

  private RationalMatrix nullSpaceBasis(RowEchelonForm form) {
    int[] pivots = form.pivotColumns();
    boolean[] isPivot = new boolean[cols];
    for (int p : pivots) {
      isPivot[p] = true;
    }
    int nullity = cols - pivots.length;
    BigRational[] e = new BigRational[cols * nullity];
    Arrays.fill(e, BigRational.ZERO);
    int k = 0;
    RationalMatrix r = form.reduced();
    for (int f = 0; f < cols; f++) {
      if (isPivot[f]) {
        continue;
      }
      e[f * nullity + k] = BigRational.ONE;
      for (int i = 0; i < pivots.length; i++) {
        e[pivots[i] * nullity + k] = r.get(i, f).negate();
      }
      k++;
    }
    return new RationalMatrix(cols, nullity, e);
  }

  /**
   * Solves {@code this x = b} exactly: no solution, a unique one, or a particular solution (free
   * variables set to 0) plus a kernel basis. Requires {@code b.length == rows()}.
   */
  public LinearSolution solve(BigRational[] b) {
    if (b.length != rows) {
      throw new IllegalArgumentException("right side of length " + b.length + " for " + rows
          + " rows");
    }
    RowEchelonForm augmented = appendColumns(column(b)).rowEchelonForm();
    int[] pivots = augmented.pivotColumns();
    RationalMatrix kernel = nullSpaceBasis();
    if (pivots.length > 0 && pivots[pivots.length - 1] == cols) {
      return new LinearSolution(LinearSolution.Kind.NONE, null, zero(cols, 0));
    }
    BigRational[] x = new BigRational[cols];
    Arrays.fill(x, BigRational.ZERO);
    for (int i = 0; i < pivots.length; i++) {
      x[pivots[i]] = augmented.reduced().get(i, cols);
    }
    return new LinearSolution(kernel.cols() == 0 ? LinearSolution.Kind.UNIQUE
        : LinearSolution.Kind.FAMILY, x, kernel);
  }

  /**
   * The determinant of a square matrix by Bareiss' fraction-free elimination after clearing the
   * denominators of each row.
   *
   * @throws IllegalArgumentException if the matrix is not square
   */
  public BigRational determinant() {
    requireSquare();
    int n = rows;
    if (n == 0) {
      return BigRational.ONE;
    }
    BigInteger[][] m = new BigInteger[n][];
    BigInteger scale = BigInteger.ONE;
    for (int i = 0; i < n; i++) {
      BigInteger lcm = rowDenominatorLcm(i);
      scale = scale.multiply(lcm);
      m[i] = scaledRow(i, lcm);
    }
    int sign = 1;
    BigInteger previous = BigInteger.ONE;
    for (int k = 0; k < n; k++) {
      int p = k;
      while (p < n && m[p][k].signum() == 0) {
        p++;
      }
      if (p == n) {
        return BigRational.ZERO;
      }
      if (p != k) {
        BigInteger[] t = m[p];
        m[p] = m[k];
        m[k] = t;
        sign = -sign;
      }
      for (int i = k + 1; i < n; i++) {
        for (int j = k + 1; j < n; j++) {
          m[i][j] = exactDivide(m[k][k].multiply(m[i][j]).subtract(m[i][k].multiply(m[k][j])),
              previous);
        }
        m[i][k] = BigInteger.ZERO;
      }
      previous = m[k][k];
    }
    BigInteger det = sign < 0 ? m[n - 1][n - 1].negate() : m[n - 1][n - 1];
    return BigRational.of(det, scale);
  }

  /**
   * The inverse of a square matrix, by reducing {@code [this | I]}.
   *
   * @throws IllegalArgumentException if the matrix is not square
   * @throws ArithmeticException if it is singular
   */
  public RationalMatrix inverse() {
    requireSquare();
    int n = rows;
    RowEchelonForm form = appendColumns(identity(n)).rowEchelonForm();
    int[] pivots = form.pivotColumns();
    if (pivots.length < n || pivots[n - 1] != n - 1) {
      throw new ArithmeticException("singular matrix");
    }
    BigRational[] e = new BigRational[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        e[i * n + j] = form.reduced().get(i, n + j);
      }
    }
    return new RationalMatrix(n, n, e);
  }

  private void requireSquare() {
    if (rows != cols) {
      throw new IllegalArgumentException("not square: " + rows + " x " + cols);
    }
  }

  private BigInteger rowDenominatorLcm(int i) {
    BigInteger lcm = BigInteger.ONE;
    for (int j = 0; j < cols; j++) {
      BigInteger d = entries[i * cols + j].denominator();
      if (!d.equals(BigInteger.ONE)) {
        lcm = lcm.divide(lcm.gcd(d)).multiply(d);
      }
    }
    return lcm;
  }

  private BigInteger[] scaledRow(int i, BigInteger lcm) {
    BigInteger[] r = new BigInteger[cols];
    for (int j = 0; j < cols; j++) {
      BigRational a = entries[i * cols + j];
      r[j] = a.numerator().multiply(lcm.divide(a.denominator()));
    }
    return r;
  }

  private BigInteger[][] integerRows() {
    BigInteger[][] m = new BigInteger[rows][];
    for (int i = 0; i < rows; i++) {
      m[i] = scaledRow(i, rowDenominatorLcm(i));
    }
    return m;
  }

  /**
   * Integer-preserving Gauss-Jordan elimination in place. On return rows {@code 0..rank-1} have
   * their pivots (all equal to the last pivot used) at {@code pivots[0..rank-1]} and zeros in the
   * other pivot columns; the remaining rows are zero. Returns the rank.
   */
  private static int fractionFreeGaussJordan(BigInteger[][] m, int cols, int[] pivots) {
    int rowCount = m.length;
    int rank = 0;
    BigInteger previous = BigInteger.ONE;
    for (int c = 0; c < cols && rank < rowCount; c++) {
      int p = -1;
      for (int i = rank; i < rowCount; i++) {
        if (m[i][c].signum() != 0 && (p < 0 || m[i][c].bitLength() < m[p][c].bitLength())) {
          p = i;
        }
      }
      if (p < 0) {
        continue;
      }
      BigInteger[] t = m[p];
      m[p] = m[rank];
      m[rank] = t;
      BigInteger[] pivotRow = m[rank];
      BigInteger pivot = pivotRow[c];
      for (int i = 0; i < rowCount; i++) {
        if (i == rank) {
          continue;
        }
        BigInteger[] row = m[i];
        BigInteger factor = row[c];
        boolean factorZero = factor.signum() == 0;
        for (int j = 0; j < cols; j++) {
          BigInteger a = row[j];
          if (factorZero || pivotRow[j].signum() == 0) {
            if (a.signum() != 0) {
              row[j] = exactDivide(pivot.multiply(a), previous);
            }
          } else {
            row[j] = exactDivide(pivot.multiply(a).subtract(factor.multiply(pivotRow[j])),
                previous);
          }
        }
      }
      previous = pivot;
      pivots[rank++] = c;
    }
    return rank;
  }

  private static BigInteger exactDivide(BigInteger numerator, BigInteger divisor) {
    if (divisor.equals(BigInteger.ONE)) {
      return numerator;
    }
    BigInteger[] qr = numerator.divideAndRemainder(divisor);
    if (qr[1].signum() != 0) {
      throw new IllegalStateException("fraction-free elimination: inexact division");
    }
    return qr[0];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RationalMatrix
        && rows == ((RationalMatrix) other).rows
        && cols == ((RationalMatrix) other).cols
        && Arrays.equals(entries, ((RationalMatrix) other).entries);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(entries);
  }

  /** Rows in brackets, entries as {@link BigRational#toString()}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < rows; i++) {
      s.append(i == 0 ? "[" : ", [");
      for (int j = 0; j < cols; j++) {
        s.append(j == 0 ? "" : ", ").append(get(i, j));
      }
      s.append(']');
    }
    return s.append(']').toString();
  }
}
