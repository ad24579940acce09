package org.tacit.group.model;

import java.math.BigDecimal;
import java.math.MathContext;
import org.tacit.exact.BigRational;

/**
 * The time bounds of LNHW Lemma 5 in high precision ({@link HighPrecisionTimes#CONTEXT}).
 *
 * <p>The extremal flow of the lemma's hypothesis, {@code (1/2) d(u^2)/dt = u^6 + sqrt(2) u^4 B},
 * is {@code u' = u^5 + c u^3} with {@code c = sqrt(2) B}; it reaches {@code sqrt(theta)} from
 * {@code theta} at {@code t* = int_theta^sqrt(theta) du / (u^3 (u^2 + c))}. Partial fractions
 * {@code 1/(u^3 (u^2 + c)) = 1/(c u^3) - 1/(c^2 u) + u/(c^2 (u^2 + c))} give the closed form
 * {@code t* = (1/theta^2 - 1/theta)/(2c) - log(1/theta)/(2c^2) + log((theta + c)/(theta^2 + c))/(2c^2)}.
 * Its terms are of size at most {@code max(1/(c theta^2), log(1/theta)/c^2)} and cancel to
 * {@code t* >= (sqrt(theta) - theta)/(theta^(5/2) + c theta^(3/2))}, losing at most
 * {@code 2 log10(1/c) + 8} digits for {@code theta in [1e-3, 0.9]}: far inside 60 digits for
 * {@code c >= 1e-6}.
 *
 * <p>Contract: {@code 0 < theta < 1}, {@code B > 0}; relative error below {@code 1e-40} in that
 * range. Cost: three 60-digit logarithms.
 *
 * <p>Spec: {@code LNHW:lem-5}.
 */
public final class EscapeTimes {

  private static final MathContext MC = HighPrecisionTimes.CONTEXT;

  private EscapeTimes() {}

  /** {@code c = sqrt(2) B}. */
  public static BigDecimal rate(EscapeTimeInstance instance) {
    return HighPrecisionTimes.sqrtTwo().multiply(HighPrecisionTimes.decimal(instance.bound()), MC);
  }

  /** The crossing time {@code t*} of the extremal flow, by the closed form. */
  public static BigDecimal crossingTime(EscapeTimeInstance instance) {
    BigDecimal theta = HighPrecisionTimes.decimal(instance.theta());
    BigDecimal c = rate(instance);
    BigDecimal twoC = c.multiply(BigDecimal.valueOf(2), MC);
    BigDecimal twoCSquared = twoC.multiply(c, MC);
    BigDecimal inverse = BigDecimal.ONE.divide(theta, MC);
    BigDecimal first = inverse.multiply(inverse, MC).subtract(inverse, MC).divide(twoC, MC);
    BigDecimal second = HighPrecisionTimes.log(inverse).divide(twoCSquared, MC);
    BigDecimal ratio = theta.add(c, MC).divide(theta.multiply(theta, MC).add(c, MC), MC);
    BigDecimal third = HighPrecisionTimes.log(ratio).divide(twoCSquared, MC);
    return first.subtract(second, MC).add(third, MC);
  }

  /**
   * The Riemann bounds of {@code t*}: the integrand decreases in {@code u}, so
   * {@code (sqrt(theta) - theta) f(sqrt(theta)) <= t* <= (sqrt(theta) - theta) f(theta)} with
   * {@code f(u) = 1/(u^5 + c u^3)}; returns {@code {lower, upper}}.
   */
  public static BigDecimal[] riemannBounds(EscapeTimeInstance instance) {
    BigDecimal theta = HighPrecisionTimes.decimal(instance.theta());
    BigDecimal root = theta.sqrt(MC);
    BigDecimal c = rate(instance);
    BigDecimal width = root.subtract(theta, MC);
    return new BigDecimal[] {width.divide(integrandDenominator(root, c), MC),
        width.divide(integrandDenominator(theta, c), MC)};
  }

  /**
   * {@code log(1/theta)/(2 theta^2 + k theta)} for the printed and corrected coefficients
   * {@code k}: the statement's {@code sqrt(2B)}, the proof's {@code sqrt(2) B}, the corrected
   * {@code 2 sqrt(2) B}.
   */
  public static BigDecimal time(EscapeTimeInstance instance, BigDecimal k) {
    BigDecimal theta = HighPrecisionTimes.decimal(instance.theta());
    BigDecimal denominator = BigDecimal.valueOf(2).multiply(theta, MC).multiply(theta, MC)
        .add(k.multiply(theta, MC), MC);
    return HighPrecisionTimes.log(instance.theta().reciprocal()).divide(denominator, MC);
  }

  /** The statement's coefficient {@code sqrt(2B)}. */
  public static BigDecimal statementCoefficient(EscapeTimeInstance instance) {
    return HighPrecisionTimes.decimal(BigRational.TWO.multiply(instance.bound())).sqrt(MC);
  }

  /** The proof's coefficient {@code sqrt(2) B}. */
  public static BigDecimal proofCoefficient(EscapeTimeInstance instance) {
    return rate(instance);
  }

  /** The corrected coefficient {@code 2 sqrt(2) B}. */
  public static BigDecimal correctedCoefficient(EscapeTimeInstance instance) {
    return rate(instance).multiply(BigDecimal.valueOf(2), MC);
  }

  private static BigDecimal integrandDenominator(BigDecimal u, BigDecimal c) {
    BigDecimal cube = u.multiply(u, MC).multiply(u, MC);
    return cube.multiply(u, MC).multiply(u, MC).add(c.multiply(cube, MC), MC);
  }
}
