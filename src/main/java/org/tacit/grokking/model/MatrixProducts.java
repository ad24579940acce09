package org.tacit.grokking.model;

import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The matrix products of the TDR notation (Appendix B), in exact rational arithmetic: Kronecker
 * {@code A (x) B}, Hadamard {@code A (.) B}, Khatri-Rao {@code A * B} (column-wise Kronecker) and
 * face-splitting {@code A . B} (row-wise Kronecker), each from its block / column / row definition
 * (not from the identities the paper states, which the checkers verify against these), plus the
 * all-ones vectors and entrywise sums the identities need.
 *
 * <p>Index convention (0-based, as the paper's Appendix B): {@code (A (x) B)_{p r + v, q s + w} =
 * A_{rs} B_{vw}} for {@code A} {@code m x n}, {@code B} {@code p x q} (the printed row index
 * {@code p r + v s} is erratum E29, see {@link #printedKroneckerRow}).
 *
 * <p>Cost: the size of the result times one rational multiplication. Exact.
 *
 * <p>Spec: {@code TDR:rem-B.2}, {@code TDR:rem-B.3}, {@code TDR:rem-B.4}.
 */
public final class MatrixProducts {

  private MatrixProducts() {}

  /** {@code A (x) B}, {@code mp x nq}, built block by block: block {@code (r, s)} is {@code A_rs B}. */
  public static RationalMatrix kronecker(RationalMatrix a, RationalMatrix b) {
    int p = b.rows();
    int q = b.cols();
    BigRational[][] out = new BigRational[a.rows() * p][a.cols() * q];
    for (int r = 0; r < a.rows(); r++) {
      for (int s = 0; s < a.cols(); s++) {
        for (int v = 0; v < p; v++) {
          for (int w = 0; w < q; w++) {
            out[r * p + v][s * q + w] = a.get(r, s).multiply(b.get(v, w));
          }
        }
      }
    }
    return RationalMatrix.of(out);
  }

  /**
   * The row index the paper prints for the entry {@code A_rs B_vw} of {@code A (x) B}:
   * {@code p r + v s} (Appendix B; erratum E29, the block definition gives {@code p r + v}).
   */
  public static int printedKroneckerRow(int p, int r, int v, int s) {
    return p * r + v * s;
  }

  /** The corrected row index {@code p r + v} of the entry {@code A_rs B_vw} of {@code A (x) B}. */
  public static int kroneckerRow(int p, int r, int v) {
    return p * r + v;
  }

  /** The column index {@code q s + w} of the entry {@code A_rs B_vw} of {@code A (x) B}. */
  public static int kroneckerColumn(int q, int s, int w) {
    return q * s + w;
  }

  /** {@code A (.) B}, entrywise; the shapes must agree. */
  public static RationalMatrix hadamard(RationalMatrix a, RationalMatrix b) {
    requireSameShape(a, b);
    BigRational[][] out = new BigRational[a.rows()][a.cols()];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        out[i][j] = a.get(i, j).multiply(b.get(i, j));
      }
    }
    return RationalMatrix.of(out);
  }

  /**
   * The Khatri-Rao product {@code A * B} ({@code A} {@code m x n}, {@code B} {@code p x n}):
   * column {@code i} is {@code A_{:,i} (x) B_{:,i}}, {@code mp x n}.
   */
  public static RationalMatrix khatriRao(RationalMatrix a, RationalMatrix b) {
    if (a.cols() != b.cols()) {
      throw new IllegalArgumentException("Khatri-Rao needs equal column counts, got " + a.cols()
          + " and " + b.cols());
    }
    int p = b.rows();
    BigRational[][] out = new BigRational[a.rows() * p][a.cols()];
    for (int i = 0; i < a.cols(); i++) {
      for (int r = 0; r < a.rows(); r++) {
        for (int v = 0; v < p; v++) {
          out[r * p + v][i] = a.get(r, i).multiply(b.get(v, i));
        }
      }
    }
    return RationalMatrix.of(out);
  }

  /**
   * The face-splitting product {@code A . B} ({@code A} {@code m x n}, {@code B} {@code m x p}):
   * row {@code i} is {@code A_{i,:} (x) B_{i,:}}, {@code m x np}.
   */
  public static RationalMatrix faceSplitting(RationalMatrix a, RationalMatrix b) {
    if (a.rows() != b.rows()) {
      throw new IllegalArgumentException("face-splitting needs equal row counts, got " + a.rows()
          + " and " + b.rows());
    }
    int p = b.cols();
    BigRational[][] out = new BigRational[a.rows()][a.cols() * p];
    for (int i = 0; i < a.rows(); i++) {
      for (int s = 0; s < a.cols(); s++) {
        for (int w = 0; w < p; w++) {
          out[i][s * p + w] = a.get(i, s).multiply(b.get(i, w));
        }
      }
    }
    return RationalMatrix.of(out);
  }

  /** The all-ones column vector {@code 1_k} ({@code k x 1}). */
  public static RationalMatrix onesColumn(int k) {
    return constant(k, 1, BigRational.ONE);
  }

  /** The all-ones row vector {@code 1_k^T} ({@code 1 x k}). */
  public static RationalMatrix onesRow(int k) {
    return constant(1, k, BigRational.ONE);
  }

  /** The {@code rows x cols} matrix with every entry {@code value}. */
  public static RationalMatrix constant(int rows, int cols, BigRational value) {
    BigRational[][] out = new BigRational[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out[i][j] = value;
      }
    }
    return RationalMatrix.of(out);
  }

  /** {@code A + c B}; the shapes must agree. */
  public static RationalMatrix addScaled(RationalMatrix a, BigRational c, RationalMatrix b) {
    requireSameShape(a, b);
    BigRational[][] out = new BigRational[a.rows()][a.cols()];
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        out[i][j] = a.get(i, j).add(c.multiply(b.get(i, j)));
      }
    }
    return RationalMatrix.of(out);
  }

  /** The number of entries at which {@code A} and {@code B} differ (0 iff equal); same shape. */
  public static int differingEntries(RationalMatrix a, RationalMatrix b) {
    requireSameShape(a, b);
    int count = 0;
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        if (!a.get(i, j).equals(b.get(i, j))) {
          count++;
        }
      }
    }
    return count;
  }

  private static void requireSameShape(RationalMatrix a, RationalMatrix b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
      throw new IllegalArgumentException("shapes differ: " + a.rows() + " x " + a.cols() + " and "
          + b.rows() + " x " + b.cols());
    }
  }
}
