package org.tacit.verify;

import org.tacit.exact.BigRational;

/**
 * Relative margins of checked statements.
 *
 * <p>For {@code L <= R} the margin is {@code (R - L) / max(|L|, |R|, TINY)} (design brief): positive
 * when the statement holds with room, zero when tight, negative when violated. For an equality the
 * margin is {@code -|R - L| / max(|L|, |R|, TINY)}: zero when exact, more negative the larger the
 * relative discrepancy.
 */
public final class Margins {

  /** Floor of the denominator, so that margins of statements between tiny numbers stay finite. */
  public static final double TINY = 1e-300;

  private Margins() {}

  /** The margin of {@code lhs <= rhs} (also used for {@code lhs < rhs}). */
  public static double ofInequality(double lhs, double rhs) {
    return (rhs - lhs) / scale(lhs, rhs);
  }

  /** The margin of {@code lhs = rhs}: minus the relative discrepancy. */
  public static double ofEquality(double lhs, double rhs) {
    return -Math.abs(rhs - lhs) / scale(lhs, rhs);
  }

  /** The exact margin of {@code lhs <= rhs}, rounded to double at the end. */
  public static double ofInequality(BigRational lhs, BigRational rhs) {
    BigRational scale = lhs.abs().max(rhs.abs());
    if (scale.isZero()) {
      return 0.0;
    }
    return rhs.subtract(lhs).divide(scale).doubleValue();
  }

  /** The exact margin of {@code lhs = rhs}, rounded to double at the end. */
  public static double ofEquality(BigRational lhs, BigRational rhs) {
    BigRational scale = lhs.abs().max(rhs.abs());
    if (scale.isZero()) {
      return 0.0;
    }
    return -rhs.subtract(lhs).abs().divide(scale).doubleValue();
  }

  /** {@code max(|lhs|, |rhs|, TINY)}. */
  public static double scale(double lhs, double rhs) {
    return Math.max(Math.max(Math.abs(lhs), Math.abs(rhs)), TINY);
  }
}
