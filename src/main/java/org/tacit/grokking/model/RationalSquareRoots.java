package org.tacit.grokking.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.tacit.exact.BigRational;

/**
 * Certified rational bounds of the square root of a non-negative rational: the exact root when
 * numerator and denominator are perfect squares, otherwise a decimal approximation moved by whole
 * units in the last place until the bound is verified exactly ({@code s^2 >= q} for the upper
 * bound, {@code s^2 <= q} and {@code s >= 0} for the lower one). The exact checks of Lemma C.11
 * and Theorem C.28 use them where the paper takes a square root, so every derived witness stays a
 * rational whose property is decided exactly.
 *
 * <p>Contract: {@code q >= 0}; {@code digits >= 1} significant digits. Cost: one
 * {@link BigDecimal#sqrt} and a few exact squarings.
 *
 * <p>Spec: {@code TDR:lem-C.11}, {@code TDR:thm-C.28}.
 */
public final class RationalSquareRoots {

  private RationalSquareRoots() {}

  /** The exact square root of {@code q} when it is rational. */
  public static Optional<BigRational> exact(BigRational q) {
    requireNonNegative(q);
    BigInteger p = q.numerator();
    BigInteger d = q.denominator();
    BigInteger sp = p.sqrt();
    BigInteger sd = d.sqrt();
    if (sp.multiply(sp).equals(p) && sd.multiply(sd).equals(d)) {
      return Optional.of(BigRational.of(sp, sd));
    }
    return Optional.empty();
  }

  /** A rational {@code s >= sqrt(q)} within a relative {@code 10^(1 - digits)} of it. */
  public static BigRational upper(BigRational q, int digits) {
    Optional<BigRational> root = exact(q);
    if (root.isPresent()) {
      return root.get();
    }
    BigDecimal approx = approximate(q, digits);
    BigDecimal unit = approx.ulp();
    BigRational s = BigRational.of(approx);
    while (s.multiply(s).compareTo(q) < 0) {
      approx = approx.add(unit);
      s = BigRational.of(approx);
    }
    return s;
  }

  /** A rational {@code 0 <= s <= sqrt(q)} within a relative {@code 10^(1 - digits)} of it. */
  public static BigRational lower(BigRational q, int digits) {
    Optional<BigRational> root = exact(q);
    if (root.isPresent()) {
      return root.get();
    }
    BigDecimal approx = approximate(q, digits);
    BigDecimal unit = approx.ulp();
    BigRational s = BigRational.of(approx);
    while (s.multiply(s).compareTo(q) > 0) {
      approx = approx.subtract(unit);
      s = BigRational.of(approx);
    }
    return s.max(BigRational.ZERO);
  }

  private static BigDecimal approximate(BigRational q, int digits) {
    if (digits < 1) {
      throw new IllegalArgumentException("digits must be >= 1, got " + digits);
    }
    MathContext context = new MathContext(digits + 5, RoundingMode.HALF_EVEN);
    BigDecimal value = new BigDecimal(q.numerator()).divide(new BigDecimal(q.denominator()),
        context);
    return value.sqrt(new MathContext(digits, RoundingMode.HALF_EVEN));
  }

  private static void requireNonNegative(BigRational q) {
    if (q.signum() < 0) {
      throw new IllegalArgumentException("square root of a negative number: " + q);
    }
  }
}
