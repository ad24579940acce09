package org.tacit.benign.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.tacit.exact.BigRational;

/**
 * Rigorous enclosures of the iterates of ZG Lemma B.9's recursion
 * {@code z_{t+1} = f(z_t) = (1 - eta (z_t - mu))^2 z_t}: exact rational iteration triples the size
 * of the numbers per step, so after each step the interval is rounded outward to
 * {@link ZgTolerances#SCALAR_RECURSION_DIGITS} significant decimal digits.
 *
 * <p>Contract: if {@code z} lies in {@code [lo, hi]} (with {@code lo >= 0}) then {@code f(z)} lies
 * in {@link #image}{@code (lo, hi)}. Proof: with {@code h = eta mu},
 * {@code f'(z) = (1 + h - eta z)(1 + h - 3 eta z)}, so on {@code [0, inf)} f increases up to its
 * local maximum at {@code c1 = (1 + h)/(3 eta)}, decreases to its zero {@code c2 = (1 + h)/eta}
 * and increases after; the exact image of {@code [lo, hi]} is therefore spanned by {@code f(lo)},
 * {@code f(hi)} and the values at the critical points inside the interval, all computed exactly;
 * the outward rounding ({@link RoundingMode#FLOOR} / {@link RoundingMode#CEILING}) only widens it.
 * No tolerance is involved. Cost: O(1) operations on numbers of about 60 digits per step.
 *
 * <p>Spec: {@code ZG:lem-B.9}.
 */
public final class ScalarRecursionEnclosure {

  private static final MathContext DOWN =
      new MathContext(ZgTolerances.SCALAR_RECURSION_DIGITS, RoundingMode.FLOOR);
  private static final MathContext UP =
      new MathContext(ZgTolerances.SCALAR_RECURSION_DIGITS, RoundingMode.CEILING);

  /**
   * A closed interval {@code [lo, hi]} of rationals.
   *
   * @param lo the lower end
   * @param hi the upper end, {@code >= lo}
   */
  public record Interval(BigRational lo, BigRational hi) {

    /** Whether the interval lies in {@code [a, b]}. */
    public boolean within(BigRational a, BigRational b) {
      return lo.compareTo(a) >= 0 && hi.compareTo(b) <= 0;
    }

    /** {@code max(hi - centre, centre - lo)}: the largest distance of a point to {@code centre}. */
    public BigRational deviation(BigRational centre) {
      return hi.subtract(centre).max(centre.subtract(lo));
    }
  }

  private ScalarRecursionEnclosure() {}

  /**
   * An interval containing {@code f([lo, hi])} for the recursion of {@code instance}; requires
   * {@code 0 <= lo <= hi}, {@code eta > 0} and {@code eta mu > -1}.
   */
  public static Interval image(ScalarRecursionInstance instance, Interval z) {
    BigRational flo = instance.next(z.lo());
    BigRational fhi = instance.next(z.hi());
    BigRational min = flo.min(fhi);
    BigRational max = flo.max(fhi);
    BigRational onePlusH = BigRational.ONE.add(instance.scaledStep());
    BigRational localMax = onePlusH.divide(BigRational.of(3).multiply(instance.eta()));
    BigRational zero = onePlusH.divide(instance.eta());
    if (z.lo().compareTo(localMax) <= 0 && localMax.compareTo(z.hi()) <= 0) {
      max = max.max(instance.next(localMax));
    }
    if (z.lo().compareTo(zero) <= 0 && zero.compareTo(z.hi()) <= 0) {
      min = BigRational.ZERO;
    }
    return new Interval(round(min, DOWN), round(max, UP));
  }

  private static BigRational round(BigRational x, MathContext direction) {
    return BigRational.of(new BigDecimal(x.numerator())
        .divide(new BigDecimal(x.denominator()), direction));
  }
}
