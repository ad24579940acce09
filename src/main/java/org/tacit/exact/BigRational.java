package org.tacit.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An exact rational number {@code numerator / denominator} on {@link BigInteger}.
 *
 * <p>Contract: immutable; always in lowest terms with a positive denominator, so {@link #equals}
 * is value equality and {@link #hashCode} is consistent with it. Every arithmetic operation is
 * exact; {@link #divide} throws {@link ArithmeticException} on a zero divisor. Cost of each
 * operation is dominated by one gcd of the operands' sizes (quadratic in the bit length).
 *
 * <p>Conversions: {@link #parse} reads integers, {@code "p/q"} fractions and decimals with an
 * optional exponent exactly ({@code "0.1"} is 1/10); {@link #valueOf(double)} is the exact value of
 * the binary double; {@link #doubleValue()} is correctly rounded to nearest.
 *
 * <p>Spec: foundation for every exact computation (design brief, layer 1).
 */
public final class BigRational implements Comparable<BigRational> {

  /** Zero. */
  public static final BigRational ZERO = new BigRational(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final BigRational ONE = new BigRational(BigInteger.ONE, BigInteger.ONE);
  /** Minus one. */
  public static final BigRational MINUS_ONE = new BigRational(BigInteger.ONE.negate(), BigInteger.ONE);
  /** Two. */
  public static final BigRational TWO = new BigRational(BigInteger.TWO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private BigRational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The integer {@code value}. */
  public static BigRational of(long value) {
    return new BigRational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** The integer {@code value}. */
  public static BigRational of(BigInteger value) {
    return new BigRational(value, BigInteger.ONE);
  }

  /** {@code numerator / denominator}; throws {@link ArithmeticException} if the denominator is 0. */
  public static BigRational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** {@code numerator / denominator}; throws {@link ArithmeticException} if the denominator is 0. */
  public static BigRational of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new BigRational(numerator, denominator);
  }

  /** The exact value of a finite {@link BigDecimal}. */
  public static BigRational of(BigDecimal value) {
    int scale = value.scale();
    BigInteger unscaled = value.unscaledValue();
    if (scale <= 0) {
      return of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }
    return of(unscaled, BigInteger.TEN.pow(scale));
  }

  /**
   * The exact value of a finite double (every finite double is a dyadic rational).
   *
   * @throws ArithmeticException if {@code value} is NaN or infinite
   */
  public static BigRational valueOf(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ArithmeticException("not a finite number: " + value);
    }
    return of(new BigDecimal(value));
  }

  /**
   * Parses {@code "p"}, {@code "p/q"} or a decimal such as {@code "-1.25e-3"} exactly.
   *
   * @throws NumberFormatException with a message naming the text if it is not a rational
   */
  public static BigRational parse(String text) {
    String s = text.trim();
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        BigInteger p = new BigInteger(s.substring(0, slash).trim());
        BigInteger q = new BigInteger(s.substring(slash + 1).trim());
        if (q.signum() == 0) {
          throw new NumberFormatException("zero denominator in \"" + text + "\"");
        }
        return of(p, q);
      }
      return of(new BigDecimal(s));
    } catch (NumberFormatException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("zero denominator")) {
        throw e;
      }
      throw new NumberFormatException("not a rational number: \"" + text + "\"");
    }
  }

  /** The numerator (sign carrier). */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator, always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** -1, 0 or 1. */
  public int signum() {
    return numerator.signum();
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /** Whether this is 1 or -1. */
  private boolean isUnit() {
    return denominator.equals(BigInteger.ONE) && numerator.abs().equals(BigInteger.ONE);
  }

  /** Whether the denominator is one. */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * {@code this + other}. Adding an integer needs no gcd: {@code gcd(p + i q, q) = gcd(p, q) = 1}
   * keeps {@code (p + i q) / q} reduced.
   */
  public BigRational add(BigRational other) {
    if (other.isZero()) {
      return this;
    }
    if (isZero()) {
      return other;
    }
    if (other.isInteger()) {
      return new BigRational(numerator.add(other.numerator.multiply(denominator)), denominator);
    }
    if (isInteger()) {
      return new BigRational(other.numerator.add(numerator.multiply(other.denominator)),
          other.denominator);
    }
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** {@code this - other}. */
  public BigRational subtract(BigRational other) {
    return add(other.negate());
  }

  /** {@code this * other}. */
  public BigRational multiply(BigRational other) {
    if (isZero() || other.isZero()) {
      return ZERO;
    }
    if (other.isUnit()) {
      return other.numerator.signum() > 0 ? this : negate();
    }
    if (isUnit()) {
      return numerator.signum() > 0 ? other : other.negate();
    }
    if (isInteger() && other.isInteger()) {
      return new BigRational(numerator.multiply(other.numerator), BigInteger.ONE);
    }
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** {@code this / other}; throws {@link ArithmeticException} if {@code other} is zero. */
  public BigRational divide(BigRational other) {
    if (other.isZero()) {
      throw new ArithmeticException("division by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** {@code -this}. */
  public BigRational negate() {
    return isZero() ? this : new BigRational(numerator.negate(), denominator);
  }

  /** {@code |this|}. */
  public BigRational abs() {
    return signum() < 0 ? negate() : this;
  }

  /** {@code 1 / this}; throws {@link ArithmeticException} if this is zero. */
  public BigRational reciprocal() {
    return ONE.divide(this);
  }

  /** {@code this^exponent} for any integer exponent (negative: of the reciprocal). */
  public BigRational pow(int exponent) {
    if (exponent < 0) {
      return reciprocal().pow(-exponent);
    }
    return new BigRational(numerator.pow(exponent), denominator.pow(exponent));
  }

  /** The smaller of the two (this on ties). */
  public BigRational min(BigRational other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The larger of the two (this on ties). */
  public BigRational max(BigRational other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The value rounded to the nearest double (ties to even); overflow gives an infinity. Correctly
   * rounded for normal results; in the subnormal range the error is at most one ulp.
   */
  public double doubleValue() {
    if (isInteger()) {
      return numerator.doubleValue();
    }
    double result = normalQuotient(numerator, denominator);
    if (!Double.isNaN(result)) {
      return result;
    }
    return toBigDecimal(40).doubleValue();
  }

  /**
   * {@code numerator / denominator} ({@code denominator > 0}, numerator non-zero, no common factor
   * needed) rounded to the nearest double (ties to even) when the result is a finite normal
   * double; NaN otherwise (subnormal, zero or overflowing results, for which the caller rounds
   * another way). One integer division of O(bits) cost.
   */
  public static double normalQuotient(BigInteger numerator, BigInteger denominator) {
    // Scale so that the integer quotient has at least 65 significant bits; a sticky low bit for
    // a non-zero remainder makes the single rounding of BigInteger.doubleValue() correct.
    int shift = 65 - (numerator.abs().bitLength() - denominator.bitLength());
    BigInteger scaled = shift >= 0 ? numerator.shiftLeft(shift) : numerator;
    BigInteger den = shift >= 0 ? denominator : denominator.shiftLeft(-shift);
    BigInteger[] quotientAndRemainder = scaled.divideAndRemainder(den);
    BigInteger quotient = quotientAndRemainder[0];
    if (quotientAndRemainder[1].signum() != 0) {
      quotient = quotient.shiftLeft(1).add(BigInteger.valueOf(numerator.signum()));
      shift++;
    }
    double result = Math.scalb(quotient.doubleValue(), -shift);
    boolean normal = result != 0 && Math.abs(result) >= Double.MIN_NORMAL
        && !Double.isInfinite(result);
    return normal ? result : Double.NaN;
  }

  /** The value rounded to {@code digits} significant decimal digits (half-even). */
  public BigDecimal toBigDecimal(int digits) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), new MathContext(digits, RoundingMode.HALF_EVEN));
  }

  @Override
  public int compareTo(BigRational other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BigRational
        && numerator.equals(((BigRational) other).numerator)
        && denominator.equals(((BigRational) other).denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code "p"} for integers, {@code "p/q"} otherwise; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
