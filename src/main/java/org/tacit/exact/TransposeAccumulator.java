package org.tacit.exact;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Exact accumulation of {@code M^T y} entry by entry, for a fixed rational vector {@code y} and a
 * matrix supplied one entry at a time (any storage order). {@code y} is brought to a common
 * denominator L once ({@code y_i = Y_i / L} with integers {@code Y_i}); an integer entry
 * {@code m_ij} then contributes {@code m_ij Y_i} to an integer accumulator of column j, with no gcd;
 * non-integer entries are added as rationals. Each column is reduced once, in {@link #result}.
 *
 * <p>This is the pricing step of the exact LP layer (reduced costs {@code c - A^T y}), where
 * summing rationals term by term spends most of its time in gcds.
 *
 * <p>Contract: the result is exact and equals {@code sum_i m_ij y_i} over the entries added.
 * Cost: L needs one gcd per distinct denominator of y; each entry one integer multiply-add.
 * Not thread-safe.
 *
 * <p>Spec: no paper item; exact linear algebra of the LP layer (Tacit issue #3).
 */
public final class TransposeAccumulator {

  private final BigRational[] y;
  private final BigInteger denominator;
  private final BigInteger[] scaled;
  private final BigInteger[] integerSums;
  private final BigRational[] rationalSums;

  /** An accumulator for {@code M^T y} with {@code columns} columns, all sums zero. */
  public TransposeAccumulator(BigRational[] y, int columns) {
    this.y = y.clone();
    Set<BigInteger> denominators = new HashSet<>();
    BigInteger common = BigInteger.ONE;
    for (BigRational value : y) {
      BigInteger q = value.denominator();
      if (!q.equals(BigInteger.ONE) && denominators.add(q)) {
        common = common.divide(common.gcd(q)).multiply(q);
      }
    }
    this.denominator = common;
    this.scaled = new BigInteger[y.length];
    for (int i = 0; i < y.length; i++) {
      scaled[i] = y[i].numerator().multiply(common.divide(y[i].denominator()));
    }
    this.integerSums = new BigInteger[columns];
    Arrays.fill(integerSums, BigInteger.ZERO);
    this.rationalSums = new BigRational[columns];
    Arrays.fill(rationalSums, BigRational.ZERO);
  }

  /** Whether {@code y_row} is zero (so that every entry of that row may be skipped). */
  public boolean isZero(int row) {
    return y[row].isZero();
  }

  /** Adds {@code entry * y_row} to column {@code column}. */
  public void add(int row, int column, BigRational entry) {
    if (entry.isZero() || y[row].isZero()) {
      return;
    }
    if (entry.isInteger()) {
      integerSums[column] = integerSums[column].add(entry.numerator().multiply(scaled[row]));
    } else {
      rationalSums[column] = rationalSums[column].add(entry.multiply(y[row]));
    }
  }

  /**
   * {@code signum(value - (M^T y)_column)} for the entries added so far, exactly; compares
   * integers ({@code value * L} against the accumulator) without reducing a fraction.
   */
  public int compareToSum(int column, BigRational value) {
    if (!rationalSums[column].isZero()) {
      return value.compareTo(BigRational.of(integerSums[column], denominator)
          .add(rationalSums[column]));
    }
    BigInteger left = value.numerator().multiply(denominator);
    BigInteger right = integerSums[column].multiply(value.denominator());
    return left.compareTo(right);
  }

  /** The exact sums {@code (M^T y)_j} of the entries added so far. */
  public BigRational[] result() {
    BigRational[] sums = new BigRational[integerSums.length];
    for (int j = 0; j < sums.length; j++) {
      sums[j] = BigRational.of(integerSums[j], denominator).add(rationalSums[j]);
    }
    return sums;
  }
}
