package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The column-major {@code vec} of the TDR matrix sections and its relation to the row-major
 * parameter of {@link NuclearNorm}. For {@code A} in {@code R^{n1 x n2}} (0-based indices):
 * <ul>
 *   <li>{@code vec(A)[i + n1 j] = A_ij} (columns stacked; inventory convention 0), so that
 *       {@code vec(U S V^T) = (V (x) U) vec(S)} and {@code x1^T A x2 = (x2 (x) x1)^T vec(A)};</li>
 *   <li>the row-major parameter is {@code a_row[n2 i + j] = A_ij}, i.e. {@code a_row = vec(A^T)};
 *       a design {@code X} acting on {@code vec(A)} acts on the row-major parameter as
 *       {@code X_row} with column {@code n2 i + j} of {@code X_row} equal to column
 *       {@code i + n1 j} of {@code X} ({@link #designOnRowMajor}), so
 *       {@code X vec(A) = X_row a_row} exactly (a permutation of the summands).</li>
 * </ul>
 * Exact for rationals; the double versions only move numbers. O(n1 n2) per vector.
 *
 * <p>Spec: {@code TDR:rem-3.2.1}, {@code TDR:rem-G.2.1.1}, {@code TDR:thm-3.4}.
 */
public final class MatrixVec {

  private MatrixVec() {}

  /** The column-major position {@code i + n1 j} of {@code A_ij}. */
  public static int vecIndex(int rows, int i, int j) {
    return i + rows * j;
  }

  /** The row-major position {@code n2 i + j} of {@code A_ij}. */
  public static int rowMajorIndex(int columns, int i, int j) {
    return columns * i + j;
  }

  /** {@code vec(A)}, column-major, as an {@code n1 n2 x 1} matrix. */
  public static RationalMatrix vec(RationalMatrix a) {
    BigRational[][] out = new BigRational[a.rows() * a.cols()][1];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        out[vecIndex(a.rows(), i, j)][0] = a.get(i, j);
      }
    }
    return RationalMatrix.of(out);
  }

  /** The inverse of {@link #vec}: the {@code rows x columns} matrix of a column-major vector. */
  public static RationalMatrix unvec(BigRational[] v, int rows, int columns) {
    if (v.length != rows * columns) {
      throw new IllegalArgumentException("need " + rows * columns + " entries, got " + v.length);
    }
    BigRational[][] out = new BigRational[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        out[i][j] = v[vecIndex(rows, i, j)];
      }
    }
    return RationalMatrix.of(out);
  }

  /** The row-major parameter {@code a_row} of {@code A} (exact). */
  public static BigRational[] rowMajor(RationalMatrix a) {
    BigRational[] out = new BigRational[a.rows() * a.cols()];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        out[rowMajorIndex(a.cols(), i, j)] = a.get(i, j);
      }
    }
    return out;
  }

  /**
   * The exact design acting on the row-major parameter, from {@code X} acting on {@code vec(A)}
   * (see {@link #designOnRowMajor}): column {@code n2 i + j} of the result is column
   * {@code i + n1 j} of {@code X}.
   */
  public static RationalMatrix designOnRowMajor(RationalMatrix xOnVec, int rows, int columns) {
    if (xOnVec.cols() != rows * columns) {
      throw new IllegalArgumentException("X must have " + rows * columns + " columns");
    }
    BigRational[][] out = new BigRational[xOnVec.rows()][rows * columns];
    for (int k = 0; k < xOnVec.rows(); k++) {
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          out[k][rowMajorIndex(columns, i, j)] = xOnVec.get(k, vecIndex(rows, i, j));
        }
      }
    }
    return RationalMatrix.of(out);
  }

  /** The row-major parameter of the matrix whose column-major vec is {@code vec} (double). */
  public static double[] rowMajorFromVec(double[] vec, int rows, int columns) {
    double[] out = new double[rows * columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        out[rowMajorIndex(columns, i, j)] = vec[vecIndex(rows, i, j)];
      }
    }
    return out;
  }

  /** The column-major vec of the matrix stored row-major in {@code rowMajor} (double). */
  public static double[] vecFromRowMajor(double[] rowMajor, int rows, int columns) {
    double[] out = new double[rows * columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        out[vecIndex(rows, i, j)] = rowMajor[rowMajorIndex(columns, i, j)];
      }
    }
    return out;
  }

  /**
   * The design {@code X_row} ({@code samples x n1 n2}, row-major storage) acting on the row-major
   * parameter, from {@code X} ({@code samples x n1 n2}, row-major storage) acting on
   * {@code vec(A)}: each row of {@code X} is permuted by {@link #rowMajorFromVec}.
   */
  public static double[] designOnRowMajor(double[] xOnVec, int samples, int rows, int columns) {
    int p = rows * columns;
    if (xOnVec.length != samples * p) {
      throw new IllegalArgumentException("X must be " + samples + " x " + p);
    }
    double[] out = new double[samples * p];
    for (int k = 0; k < samples; k++) {
      double[] row = new double[p];
      System.arraycopy(xOnVec, k * p, row, 0, p);
      System.arraycopy(rowMajorFromVec(row, rows, columns), 0, out, k * p, p);
    }
    return out;
  }
}
