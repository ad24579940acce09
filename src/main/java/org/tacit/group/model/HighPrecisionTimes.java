package org.tacit.group.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;

/**
 * High-precision evaluation of the logarithmic time bounds of LNHW Lemmas 5 and 14, and the
 * rigorous rounding of such values to rationals for exact comparisons.
 *
 * <p>Contract: every value is computed with {@link LnhwTolerances#TIME_DIGITS} digits by
 * {@link BigDecimalMath} (relative error below {@code 10^(2 - digits)} per logarithm);
 * {@link #upper} and {@link #lower} widen a value by the relative slack
 * {@link LnhwTolerances#TIME_SLACK}, far above that error, so {@code lower(x) <= x_true <= upper(x)}
 * for positive values. Cost: a few high-precision logarithms.
 *
 * <p>Spec: {@code LNHW:lem-5}, {@code LNHW:lem-14}.
 */
public final class HighPrecisionTimes {

  /** The working context. */
  public static final MathContext CONTEXT =
      new MathContext(LnhwTolerances.TIME_DIGITS, RoundingMode.HALF_EVEN);

  private static final BigRational SLACK = BigRational.of(new BigDecimal(LnhwTolerances.TIME_SLACK));

  private HighPrecisionTimes() {}

  /** {@code x} as a decimal of the working precision. */
  public static BigDecimal decimal(BigRational x) {
    return new BigDecimal(x.numerator()).divide(new BigDecimal(x.denominator()), CONTEXT);
  }

  /** {@code ln x} for rational {@code x > 0}. */
  public static BigDecimal log(BigRational x) {
    return BigDecimalMath.log(decimal(x), CONTEXT);
  }

  /** {@code ln x} for decimal {@code x > 0}. */
  public static BigDecimal log(BigDecimal x) {
    return BigDecimalMath.log(x, CONTEXT);
  }

  /** {@code sqrt(2)} to the working precision. */
  public static BigDecimal sqrtTwo() {
    return BigDecimal.valueOf(2).sqrt(CONTEXT);
  }

  /** A rational upper bound of the positive value approximated by {@code x}. */
  public static BigRational upper(BigDecimal x) {
    return BigRational.of(x).multiply(BigRational.ONE.add(SLACK));
  }

  /** A rational lower bound of the positive value approximated by {@code x}. */
  public static BigRational lower(BigDecimal x) {
    return BigRational.of(x).multiply(BigRational.ONE.subtract(SLACK));
  }
}
