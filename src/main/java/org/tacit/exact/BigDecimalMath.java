package org.tacit.exact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Natural exponential and logarithm of {@link BigDecimal} values to a requested precision.
 *
 * <p>Contract: {@link #exp} and {@link #log} return results with relative error below
 * {@code 10^(2 - precision)} for the precision of the {@link MathContext} (they work internally
 * with guard digits: argument halving with a Taylor series and repeated squaring for exp, Halley's
 * cubically convergent iteration on exp for log). Arguments of exp must satisfy
 * {@code |x| <= 10^6}; log requires {@code x > 0}. Cost: O(p) multiplications of p-digit
 * numbers per call for p digits of precision, plus O(log |x|) squarings.
 *
 * <p>Spec: high-precision reference computations (design brief, layer 1; used by the 50-digit
 * reference of the MS entropy projection).
 */
public final class BigDecimalMath {

  private BigDecimalMath() {}

  /**
   * {@code e^x} to the precision of {@code mc}.
   *
   * @throws IllegalArgumentException if {@code |x| > 10^6}
   */
  public static BigDecimal exp(BigDecimal x, MathContext mc) {
    if (x.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      throw new IllegalArgumentException("exp argument too large: " + x);
    }
    if (x.signum() == 0) {
      return BigDecimal.ONE;
    }
    int halvings = 8 + Math.max(0, (int) Math.ceil(Math.log(x.abs().doubleValue() + 1) / Math.log(2)));
    MathContext work = new MathContext(
        mc.getPrecision() + ExactTolerances.GUARD_DIGITS + halvings / 3 + 1,
        RoundingMode.HALF_EVEN);
    BigDecimal y = x.divide(BigDecimal.valueOf(2).pow(halvings), work);
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    BigDecimal threshold =
        BigDecimal.ONE.movePointLeft(work.getPrecision() + ExactTolerances.SERIES_STOP_DIGITS);
    for (int k = 1; k < ExactTolerances.SERIES_MAX_TERMS; k++) {
      term = term.multiply(y, work).divide(BigDecimal.valueOf(k), work);
      sum = sum.add(term, work);
      if (term.abs().compareTo(threshold) < 0) {
        break;
      }
    }
    for (int k = 0; k < halvings; k++) {
      sum = sum.multiply(sum, work);
    }
    return sum.round(mc);
  }

  /**
   * {@code ln x} to the precision of {@code mc} (relative to {@code max(|ln x|, 1)}).
   *
   * @throws ArithmeticException if {@code x <= 0}
   */
  public static BigDecimal log(BigDecimal x, MathContext mc) {
    if (x.signum() <= 0) {
      throw new ArithmeticException("log of a non-positive number: " + x);
    }
    MathContext work =
        new MathContext(mc.getPrecision() + ExactTolerances.GUARD_DIGITS, RoundingMode.HALF_EVEN);
    int exponent = x.precision() - x.scale() - 1;
    BigDecimal mantissa = x.movePointLeft(exponent);
    BigDecimal result = logOfModerate(mantissa, work);
    if (exponent != 0) {
      result = result.add(logOfModerate(BigDecimal.TEN, work)
          .multiply(BigDecimal.valueOf(exponent), work), work);
    }
    return result.round(mc);
  }

  /** Halley's iteration {@code y += 2 (x - e^y) / (x + e^y)} from the double logarithm. */
  private static BigDecimal logOfModerate(BigDecimal x, MathContext work) {
    BigDecimal y = new BigDecimal(Math.log(x.doubleValue()));
    BigDecimal tolerance =
        BigDecimal.ONE.movePointLeft(work.getPrecision() - ExactTolerances.HALLEY_STOP_DIGITS);
    for (int k = 0; k < ExactTolerances.HALLEY_MAX_ITERATIONS; k++) {
      BigDecimal ey = exp(y, work);
      BigDecimal step = BigDecimal.valueOf(2).multiply(x.subtract(ey, work), work)
          .divide(x.add(ey, work), work);
      y = y.add(step, work);
      if (step.abs().compareTo(tolerance) < 0) {
        break;
      }
    }
    return y;
  }
}
