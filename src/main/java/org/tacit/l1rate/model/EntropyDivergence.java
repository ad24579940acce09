package org.tacit.l1rate.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;

/**
 * The entropy potential of MS and its Bregman divergence, evaluated at high precision from
 * rational points: {@code E(x) = sum_i (x_i log x_i - x_i)} with {@code 0 log 0 = 0} (MS def-I.5),
 * and {@code B_E(x, x0) = E(x) - E(x0) - <grad E(x0), x - x0>} with {@code grad E(x0) = log x0}
 * (MS def-I.3, literally as defined, no simplification).
 *
 * <p>Contract: {@code x >= 0}, {@code x0 > 0} componentwise, equal lengths; results carry relative
 * error below {@code 10^(2 - PRECISION.getPrecision())} per logarithm, so sums of d terms of size
 * at most M are accurate to about {@code d M 10^-58}. Cost: one 60-digit logarithm per nonzero
 * coordinate.
 *
 * <p>Spec: {@code MS:def-I.3}, {@code MS:def-I.5}.
 */
public final class EntropyDivergence {

  /** 60 significant digits: far below double resolution, so doubles of results are exact roundings. */
  public static final MathContext PRECISION = new MathContext(60, RoundingMode.HALF_EVEN);

  private EntropyDivergence() {}

  /** {@code E(x)}; requires {@code x >= 0}. */
  public static BigDecimal entropy(BigRational[] x) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigRational xi : x) {
      if (xi.signum() < 0) {
        throw new IllegalArgumentException("E needs x >= 0, found " + xi);
      }
      if (xi.signum() > 0) {
        BigDecimal v = xi.toBigDecimal(PRECISION.getPrecision());
        sum = sum.add(v.multiply(BigDecimalMath.log(v, PRECISION), PRECISION).subtract(v),
            PRECISION);
      }
    }
    return sum;
  }

  /** {@code B_E(x, x0)} from the definition; requires {@code x >= 0}, {@code x0 > 0}. */
  public static BigDecimal divergence(BigRational[] x, BigRational[] x0) {
    if (x.length != x0.length) {
      throw new IllegalArgumentException("x and x0 differ in length");
    }
    BigDecimal inner = BigDecimal.ZERO;
    for (int i = 0; i < x.length; i++) {
      if (x0[i].signum() <= 0) {
        throw new IllegalArgumentException("B_E(., x0) needs x0 > 0, found " + x0[i]);
      }
      BigDecimal logX0 = BigDecimalMath.log(x0[i].toBigDecimal(PRECISION.getPrecision()),
          PRECISION);
      inner = inner.add(logX0.multiply(x[i].subtract(x0[i]).toBigDecimal(
          PRECISION.getPrecision()), PRECISION), PRECISION);
    }
    return entropy(x).subtract(entropy(x0), PRECISION).subtract(inner, PRECISION);
  }

  /**
   * The closed form {@code B_E(x, alpha 1) = sum_i [x_i log(x_i / alpha) - x_i + alpha]} (implied
   * in MS def-I.5), term by term; requires {@code x >= 0}, {@code alpha > 0}.
   */
  public static BigDecimal divergenceToConstant(BigRational[] x, BigRational alpha) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal a = alpha.toBigDecimal(PRECISION.getPrecision());
    for (BigRational xi : x) {
      BigDecimal term = a;
      if (xi.signum() > 0) {
        BigDecimal v = xi.toBigDecimal(PRECISION.getPrecision());
        term = term.add(v.multiply(BigDecimalMath.log(xi.divide(alpha).toBigDecimal(
            PRECISION.getPrecision()), PRECISION), PRECISION)).subtract(v);
      }
      sum = sum.add(term, PRECISION);
    }
    return sum;
  }
}
