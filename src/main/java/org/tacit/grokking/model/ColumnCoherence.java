package org.tacit.grokking.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;

/**
 * The coherences of TDR Definition G.2 in exact arithmetic: the coherence {@code mu(A, B)} of two
 * matrices (as its square, which is rational for rational columns of any norm), and, for a matrix
 * with unit-norm columns given by its Gram matrix {@code G = A^T A}, the mutual coherence
 * {@code mu(A) = max_{i != j} |G_ij|} and the 1-coherence
 * {@code mu_1(A, s) = max_i max_{J subset [n] \ {i}, |J| <= s} sum_{j in J} |G_ij|} (computed by
 * sorting each row, and independently by enumerating the sets J as printed), and the
 * {@code 1 -> 1} norms of Proposition G.3.
 *
 * <p>Contract: exact; no input is modified. Costs: the Gram matrix O(m n^2) rational operations;
 * {@link #oneCoherence} O(n^2 log n); {@link #oneCoherenceByEnumeration} and
 * {@link #maxOneToOneNorm} O(n C(n, s) s) (keep {@code n <= 10}).
 *
 * <p>Spec: {@code TDR:def-G.2}, {@code TDR:rem-G.1.2}, {@code TDR:prop-G.3},
 * {@code TDR:ex-G.1}.
 */
public final class ColumnCoherence {

  private ColumnCoherence() {}

  /** {@code G = A^T A} ({@code n x n} for {@code A in R^{m x n}}), exactly. */
  public static BigRational[][] gram(RationalMatrix a) {
    int n = a.cols();
    BigRational[][] columns = new BigRational[n][];
    for (int j = 0; j < n; j++) {
      columns[j] = a.column(j);
    }
    BigRational[][] gram = new BigRational[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        gram[i][j] = RationalVectors.dot(columns[i], columns[j]);
        gram[j][i] = gram[i][j];
      }
    }
    return gram;
  }

  /** Whether every column of {@code a} has Euclidean norm 1 (diagonal of {@code G} all 1). */
  public static boolean unitNormColumns(BigRational[][] gram) {
    for (int i = 0; i < gram.length; i++) {
      if (!gram[i][i].equals(BigRational.ONE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code mu(A, B)^2 = max_{i, j} <A_i, B_j>^2 / (||A_i||^2 ||B_j||^2)} for {@code A in R^{q x m}},
   * {@code B in R^{q x n}} with nonzero columns (Definition G.2, squared so that it is rational).
   *
   * @throws IllegalArgumentException if the row counts differ or a column is zero
   */
  public static BigRational squaredCoherence(RationalMatrix a, RationalMatrix b) {
    if (a.rows() != b.rows()) {
      throw new IllegalArgumentException("A and B must have the same number of rows");
    }
    BigRational best = BigRational.ZERO;
    for (int i = 0; i < a.cols(); i++) {
      BigRational[] ai = a.column(i);
      BigRational ni = RationalVectors.dot(ai, ai);
      for (int j = 0; j < b.cols(); j++) {
        BigRational[] bj = b.column(j);
        BigRational nj = RationalVectors.dot(bj, bj);
        if (ni.isZero() || nj.isZero()) {
          throw new IllegalArgumentException("columns must be nonzero");
        }
        best = best.max(RationalVectors.dot(ai, bj).pow(2).divide(ni.multiply(nj)));
      }
    }
    return best;
  }

  /** {@code mu(A) = max_{i != j} |G_ij|} for unit-norm columns ({@code n >= 2}; 0 if n = 1). */
  public static BigRational mutualCoherence(BigRational[][] gram) {
    BigRational best = BigRational.ZERO;
    for (int i = 0; i < gram.length; i++) {
      for (int j = 0; j < gram.length; j++) {
        if (i != j) {
          best = best.max(gram[i][j].abs());
        }
      }
    }
    return best;
  }

  /**
   * {@code mu_1(A, s)} for unit-norm columns: the largest sum of the {@code min(s, n - 1)}
   * largest off-diagonal {@code |G_ij|} of a row (the sum over the printed sets J is maximal for
   * the largest entries, and adding entries never decreases it).
   */
  public static BigRational oneCoherence(BigRational[][] gram, int s) {
    int n = gram.length;
    BigRational best = BigRational.ZERO;
    for (int i = 0; i < n; i++) {
      BigRational[] row = new BigRational[n - 1];
      int k = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          row[k++] = gram[i][j].abs();
        }
      }
      Arrays.sort(row);
      BigRational sum = BigRational.ZERO;
      for (int t = 0; t < Math.min(s, n - 1); t++) {
        sum = sum.add(row[n - 2 - t]);
      }
      best = best.max(sum);
    }
    return best;
  }

  /**
   * {@code mu_1(A, s)} as printed: the maximum over i and over every {@code J subset [n] \ {i}}
   * with {@code |J| = min(s, n - 1)} of {@code sum_{j in J} |G_ij|}, by enumeration (an
   * independent computation of {@link #oneCoherence}; smaller J give smaller sums).
   */
  public static BigRational oneCoherenceByEnumeration(BigRational[][] gram, int s) {
    int n = gram.length;
    int size = Math.min(s, n - 1);
    BigRational best = BigRational.ZERO;
    for (int i = 0; i < n; i++) {
      int[] others = new int[n - 1];
      int k = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          others[k++] = j;
        }
      }
      int[] pick = SupportEnumeration.first(size);
      do {
        BigRational sum = BigRational.ZERO;
        for (int p : pick) {
          sum = sum.add(gram[i][others[p]].abs());
        }
        best = best.max(sum);
      } while (SupportEnumeration.next(pick, n - 1));
    }
    return best;
  }

  /**
   * {@code max_{|J| = size} ||G_JJ - I||_{1 -> 1}}, the {@code 1 -> 1} norm being the largest
   * absolute column sum (Proposition G.3's form of {@code mu_1(A, size - 1)}).
   */
  public static BigRational maxOneToOneNorm(BigRational[][] gram, int size) {
    int n = gram.length;
    int[] support = SupportEnumeration.first(size);
    BigRational best = BigRational.ZERO;
    do {
      for (int a : support) {
        BigRational sum = BigRational.ZERO;
        for (int b : support) {
          BigRational entry = a == b ? gram[a][b].subtract(BigRational.ONE) : gram[a][b];
          sum = sum.add(entry.abs());
        }
        best = best.max(sum);
      }
    } while (SupportEnumeration.next(support, n));
    return best;
  }
}
