package org.tacit.exact;

import java.math.BigInteger;
import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Exact solution of {@code M x = b} for a rational {@code m x k} matrix {@code M} of full column
 * rank k by fraction-free (Bareiss) elimination on integers: each row of {@code [M | b]} is
 * scaled by the least common multiple of its denominators, the forward elimination keeps every
 * entry an integer (each is a minor of the scaled matrix, so the division by the previous pivot
 * is exact). The back substitution is fraction free too: with {@code det} the last pivot (the
 * determinant of the pivot block), {@code X = det * x} is an integer vector by Cramer's rule, and
 * {@code X_c = (det * u_c,k - sum_{j > c} u_c,j X_j) / u_c,c} divides exactly (checked). Only the
 * k final quotients {@code X_c / det} are reduced, which is what makes it faster than
 * Gauss-Jordan on {@link BigRational} (whose time goes to gcds).
 *
 * <p>Contract: the result is exact. It is empty (null) when the columns of {@code M} are
 * dependent or when {@code b} is not in their span; otherwise it is the unique solution together
 * with k row indices R such that {@code M[R, :]} is non-singular (the pivot rows).
 *
 * <p>Cost: {@code O(m k^2)} integer multiplications of numbers with at most about
 * {@code k (log2 max|entry| + log2 k)} bits (Hadamard's bound), plus k gcds.
 *
 * <p>Spec: no paper item; exact linear algebra of the LP layer (Tacit issue #3).
 */
public final class FractionFreeSolver {

  /**
   * A solution of {@code M x = b}.
   *
   * @param x the unique solution, length k
   * @param pivotRows k row indices of M whose rows are linearly independent, in pivot order
   */
  public record Solution(BigRational[] x, int[] pivotRows) {

    /** Copies the arrays. */
    public Solution {
      x = x.clone();
      pivotRows = pivotRows.clone();
    }

    /** A copy of the solution. */
    @Override
    public BigRational[] x() {
      return x.clone();
    }

    /** A copy of the pivot rows. */
    @Override
    public int[] pivotRows() {
      return pivotRows.clone();
    }
  }

  private FractionFreeSolver() {}

  /**
   * Solves {@code M x = b}; {@code matrix} is given by rows ({@code m} rows of length k,
   * {@code m >= k}), {@code rightSide} has length m. Returns null when M has dependent columns or
   * the system is inconsistent.
   */
  public static @Nullable Solution solve(BigRational[][] matrix, BigRational[] rightSide) {
    int m = matrix.length;
    if (rightSide.length != m) {
      throw new IllegalArgumentException("right side has length " + rightSide.length
          + ", expected " + m);
    }
    int k = m == 0 ? 0 : matrix[0].length;
    if (k > m) {
      return null;
    }
    BigInteger[][] rows = new BigInteger[m][];
    int[] origin = new int[m];
    for (int i = 0; i < m; i++) {
      if (matrix[i].length != k) {
        throw new IllegalArgumentException("row " + i + " has length " + matrix[i].length
            + ", expected " + k);
      }
      rows[i] = integerRow(matrix[i], rightSide[i]);
      origin[i] = i;
    }
    BigInteger previous = BigInteger.ONE;
    for (int c = 0; c < k; c++) {
      int pivot = -1;
      for (int i = c; i < m; i++) {
        if (rows[i][c].signum() != 0
            && (pivot < 0 || rows[i][c].bitLength() < rows[pivot][c].bitLength())) {
          pivot = i;
        }
      }
      if (pivot < 0) {
        return null;
      }
      swap(rows, origin, c, pivot);
      BigInteger[] pivotRow = rows[c];
      BigInteger pivotValue = pivotRow[c];
      for (int i = c + 1; i < m; i++) {
        BigInteger[] row = rows[i];
        BigInteger factor = row[c];
        for (int j = c + 1; j <= k; j++) {
          BigInteger product = pivotValue.multiply(row[j]);
          if (factor.signum() != 0) {
            product = product.subtract(factor.multiply(pivotRow[j]));
          }
          row[j] = previous.equals(BigInteger.ONE) ? product : product.divide(previous);
        }
        row[c] = BigInteger.ZERO;
      }
      previous = pivotValue;
    }
    for (int i = k; i < m; i++) {
      if (rows[i][k].signum() != 0) {
        return null;
      }
    }
    BigRational[] x = new BigRational[k];
    if (k == 0) {
      return new Solution(x, new int[0]);
    }
    BigInteger determinant = rows[k - 1][k - 1];
    BigInteger[] scaledSolution = new BigInteger[k];
    for (int c = k - 1; c >= 0; c--) {
      BigInteger sum = determinant.multiply(rows[c][k]);
      for (int j = c + 1; j < k; j++) {
        if (rows[c][j].signum() != 0) {
          sum = sum.subtract(rows[c][j].multiply(scaledSolution[j]));
        }
      }
      BigInteger[] quotient = sum.divideAndRemainder(rows[c][c]);
      if (quotient[1].signum() != 0) {
        throw new IllegalStateException("fraction-free back substitution: inexact division (a bug)");
      }
      scaledSolution[c] = quotient[0];
      x[c] = BigRational.of(scaledSolution[c], determinant);
    }
    return new Solution(x, Arrays.copyOf(origin, k));
  }

  private static BigInteger[] integerRow(BigRational[] row, BigRational rightSide) {
    BigInteger scale = rightSide.denominator();
    for (BigRational value : row) {
      BigInteger denominator = value.denominator();
      if (!denominator.equals(BigInteger.ONE)) {
        scale = scale.divide(scale.gcd(denominator)).multiply(denominator);
      }
    }
    BigInteger[] scaled = new BigInteger[row.length + 1];
    for (int j = 0; j < row.length; j++) {
      scaled[j] = scaledNumerator(row[j], scale);
    }
    scaled[row.length] = scaledNumerator(rightSide, scale);
    return scaled;
  }

  private static BigInteger scaledNumerator(BigRational value, BigInteger scale) {
    if (value.isZero()) {
      return BigInteger.ZERO;
    }
    return value.numerator().multiply(scale.divide(value.denominator()));
  }

  private static void swap(BigInteger[][] rows, int[] origin, int a, int b) {
    if (a == b) {
      return;
    }
    BigInteger[] row = rows[a];
    rows[a] = rows[b];
    rows[b] = row;
    int index = origin[a];
    origin[a] = origin[b];
    origin[b] = index;
  }
}
