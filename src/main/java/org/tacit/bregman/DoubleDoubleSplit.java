package org.tacit.bregman;

import java.math.BigInteger;
import org.tacit.exact.BigRational;

/**
 * The low part of the double-double representation of an exact rational: for {@code q = n / d}
 * and its correctly rounded double {@code hi}, the double nearest to {@code q - hi}, bit-identical
 * to {@code q.subtract(BigRational.valueOf(hi)).doubleValue()} but without the gcd normalisation
 * of that subtraction (the dominant cost on the long rationals of an exact RREF).
 *
 * <p>Method: {@code hi = M 2^E} exactly, so {@code q - hi = (n 2^s - M d 2^(E+s)) / (d 2^s)} with
 * {@code s = max(0, -E)}, an exact but unreduced fraction. {@link BigRational#doubleValue()} is
 * correctly rounded to nearest (a function of the value alone, not of the representation), and
 * so is the same scaled integer division with a sticky bit applied here to the unreduced
 * fraction; the two therefore give the same double. When the result would be zero-but-inexact,
 * subnormal or otherwise outside the plain path, the original expression is evaluated instead.
 * Cost: a few multiplications and one division of integers of the size of n and d.
 *
 * <p>Spec: preprocessing for the projection of MS {@code rem-I.2}.
 */
final class DoubleDoubleSplit {

  private DoubleDoubleSplit() {}

  /** The double nearest to {@code q - hi}, for {@code hi = q.doubleValue()} (finite). */
  static double lowPart(BigRational q, double hi) {
    if (hi == 0 || Double.isInfinite(hi) || Double.isNaN(hi)
        || Math.abs(hi) < Double.MIN_NORMAL) {
      return q.subtract(BigRational.valueOf(hi)).doubleValue();
    }
    int exponent = Math.getExponent(hi) - 52;
    BigInteger mantissa = BigInteger.valueOf((long) Math.scalb(hi, -exponent));
    BigInteger n = q.numerator();
    BigInteger d = q.denominator();
    BigInteger numerator;
    BigInteger denominator;
    if (exponent >= 0) {
      numerator = n.subtract(mantissa.multiply(d).shiftLeft(exponent));
      denominator = d;
    } else {
      numerator = n.shiftLeft(-exponent).subtract(mantissa.multiply(d));
      denominator = d.shiftLeft(-exponent);
    }
    if (numerator.signum() == 0) {
      return 0.0;
    }
    double result = BigRational.normalQuotient(numerator, denominator);
    if (!Double.isNaN(result)) {
      return result;
    }
    return q.subtract(BigRational.valueOf(hi)).doubleValue();
  }
}
