package org.tacit.l1rate.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.lp.NullSpaceSlice;

/**
 * An exact upper bound on an LP over the slice Q of {@link NullSpaceSlice} from any row
 * multipliers, typically the double duals of an approximate solve: the bound is exact and valid
 * whatever the multipliers are; their accuracy only decides how tight it is.
 *
 * <p>Setting: {@code Q = {n : A n = 0, n_{S^c} >= 0, sum_{S^c} n_j = 1}}, exact boxes
 * {@code lower_j <= n_j <= upper_j} known to hold on all of Q for {@code j in S} (e.g. the exact
 * ranges {@code min_Q n_j}, {@code max_Q n_j}), and a node
 * {@code Q_sigma = Q ∩ {sigma_j n_j >= 0}} with signs {@code sigma_j in {-1, 0, +1}} on S. For a
 * cost c vanishing off S, any multipliers y of the rows of A and {@code r = c - A^T y}:
 * <pre>
 *   max { c^T n + constant : n in Q_sigma }
 *     <= constant + max_{j in S^c} r_j + sum_{j in S} max(r_j lo'_j, r_j hi'_j),
 * </pre>
 * where {@code [lo'_j, hi'_j]} is the box intersected with the sign restriction. Proof: on Q,
 * {@code c^T n = c^T n - y^T A n = sum_j r_j n_j}; the {@code S^c} part is a convex combination
 * of the {@code r_j} (since {@code n_{S^c} >= 0} sums to 1) and each {@code S} term is linear on
 * its interval ({@code proofs-notes/MS/null-space-constants.md}, section 3). With optimal duals
 * the right side equals the LP maximum (LP duality and complementary slackness).
 *
 * <p>Arithmetic: the rows of A are scaled to integers ({@code s_i A_i}, {@code s_i} the least
 * common denominator of row i), and the double multipliers are rounded to the dyadic rationals
 * {@code y_i = Y_i / (s_i 2^p)} with integer {@code Y_i} (p chosen so that the largest
 * {@code |Y_i|} is about {@code 2^62}). Then {@code (A^T y)_j} is an integer over {@code 2^p}
 * and the bound is an exact rational; no tolerance is involved. Non-finite multipliers are
 * replaced by 0 (any multipliers give a valid bound).
 *
 * <p>Cost per bound: {@code O(nnz(A))} integer multiply-adds plus {@code O(|S|)} rational
 * operations. Immutable and thread-safe.
 *
 * <p>Spec: {@code MS:eq-II.2} (used by the branch and bound for {@code rho~}, {@code rho^-}).
 */
public final class NullSpaceSliceBound {

  private static final int MULTIPLIER_BITS = 62;

  private final int rows;
  private final int[] support;
  private final boolean[] inSupport;
  private final BigInteger[] rowScale;
  /** {@code rowScale} as BigDecimal and double (for rounding the multipliers). */
  private final BigDecimal[] rowScaleDecimal;
  private final double[] rowScaleDouble;
  /** Per column: the rows with a non-zero entry and the integer entries there. */
  private final int[][] columnRows;
  private final BigInteger[][] columnValues;
  private final BigRational[] lower;
  private final BigRational[] upper;

  /**
   * A bound on the slice of {@code a} at {@code support}, with boxes {@code lower[j] <= n_j <=
   * upper[j]} valid on all of Q for {@code j in S} (entries off S are ignored). Requires
   * {@code S^c} non-empty.
   */
  public NullSpaceSliceBound(RationalMatrix a, int[] support, BigRational[] lower,
      BigRational[] upper) {
    int d = a.cols();
    if (lower.length != d || upper.length != d) {
      throw new IllegalArgumentException("boxes must have length d = " + d);
    }
    this.rows = a.rows();
    this.support = support.clone();
    this.inSupport = NullSpaceSlice.mask(d, support);
    if (this.support.length >= d) {
      throw new IllegalArgumentException("S^c is empty: the slice Q is empty");
    }
    for (int j : this.support) {
      if (lower[j].compareTo(upper[j]) > 0) {
        throw new IllegalArgumentException("empty box for n_" + j);
      }
    }
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.rowScale = new BigInteger[rows];
    this.rowScaleDecimal = new BigDecimal[rows];
    this.rowScaleDouble = new double[rows];
    BigInteger[][] integerRows = new BigInteger[rows][d];
    for (int i = 0; i < rows; i++) {
      BigInteger scale = BigInteger.ONE;
      for (int j = 0; j < d; j++) {
        BigInteger den = a.get(i, j).denominator();
        scale = scale.divide(scale.gcd(den)).multiply(den);
      }
      rowScale[i] = scale;
      rowScaleDecimal[i] = new BigDecimal(scale);
      rowScaleDouble[i] = scale.doubleValue();
      for (int j = 0; j < d; j++) {
        BigRational entry = a.get(i, j);
        integerRows[i][j] = entry.numerator().multiply(scale.divide(entry.denominator()));
      }
    }
    this.columnRows = new int[d][];
    this.columnValues = new BigInteger[d][];
    for (int j = 0; j < d; j++) {
      int count = 0;
      for (int i = 0; i < rows; i++) {
        if (integerRows[i][j].signum() != 0) {
          count++;
        }
      }
      columnRows[j] = new int[count];
      columnValues[j] = new BigInteger[count];
      int k = 0;
      for (int i = 0; i < rows; i++) {
        if (integerRows[i][j].signum() != 0) {
          columnRows[j][k] = i;
          columnValues[j][k] = integerRows[i][j];
          k++;
        }
      }
    }
  }

  /**
   * The exact upper bound on {@code max { cost^T n + constant : n in Q, sigma_j n_j >= 0 }} from
   * the multipliers {@code multipliers[0..rows(A))} of the rows of A (further entries, e.g. the
   * normalization row's, are ignored).
   *
   * @param cost the objective, length d, zero off S
   * @param constant added to the objective
   * @param signs sign restrictions on S ({@code +1}, {@code -1}, 0 for none), length d
   * @param multipliers any row multipliers, length at least {@code rows(A)}
   */
  public BigRational bound(BigRational[] cost, BigRational constant, int[] signs,
      double[] multipliers) {
    int d = inSupport.length;
    if (cost.length != d || signs.length != d || multipliers.length < rows) {
      throw new IllegalArgumentException("cost and signs need length d, multipliers rows(A)");
    }
    for (int j = 0; j < d; j++) {
      if (!inSupport[j] && !cost[j].isZero()) {
        throw new IllegalArgumentException("the cost must vanish off S (column " + j + ")");
      }
    }
    double largest = 0;
    double[] finite = new double[rows];
    for (int i = 0; i < rows; i++) {
      finite[i] = Double.isFinite(multipliers[i]) ? multipliers[i] : 0.0;
      largest = Math.max(largest, Math.abs(finite[i] * rowScaleDouble[i]));
    }
    int shift = largest > 0 && Double.isFinite(largest)
        ? Math.max(0, MULTIPLIER_BITS - Math.getExponent(largest)) : 0;
    BigDecimal power = new BigDecimal(BigInteger.ONE.shiftLeft(shift));
    BigInteger[] integerMultipliers = new BigInteger[rows];
    for (int i = 0; i < rows; i++) {
      integerMultipliers[i] = new BigDecimal(finite[i]).multiply(rowScaleDecimal[i])
          .multiply(power).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }
    BigInteger denominator = BigInteger.ONE.shiftLeft(shift);
    @Nullable BigInteger smallest = null;
    for (int j = 0; j < d; j++) {
      if (!inSupport[j]) {
        BigInteger product = columnProduct(j, integerMultipliers);
        if (smallest == null || product.compareTo(smallest) < 0) {
          smallest = product;
        }
      }
    }
    BigRational total = constant.add(BigRational.of(smallest == null ? BigInteger.ZERO
        : smallest.negate(), denominator));
    for (int j : support) {
      BigRational reduced =
          cost[j].subtract(BigRational.of(columnProduct(j, integerMultipliers), denominator));
      if (reduced.isZero()) {
        continue;
      }
      BigRational low = signs[j] > 0 ? lower[j].max(BigRational.ZERO) : lower[j];
      BigRational high = signs[j] < 0 ? upper[j].min(BigRational.ZERO) : upper[j];
      total = total.add(reduced.multiply(reduced.signum() > 0 ? high : low));
    }
    return total;
  }

  /** {@code sum_i (s_i a_ij) Y_i}. */
  private BigInteger columnProduct(int j, BigInteger[] integerMultipliers) {
    BigInteger sum = BigInteger.ZERO;
    int[] at = columnRows[j];
    BigInteger[] values = columnValues[j];
    for (int k = 0; k < at.length; k++) {
      BigInteger y = integerMultipliers[at[k]];
      if (y.signum() != 0) {
        sum = sum.add(values[k].multiply(y));
      }
    }
    return sum;
  }
}
