package org.tacit.lp;

import org.tacit.exact.BigRational;

/**
 * Which arithmetic the l1 minimizers and the decisions built on them use: {@link #EXACT}
 * (the exact rational simplex; every sign, support and comparison decided exactly) or
 * {@link #DOUBLE} (the double simplex; decisions with the tolerance
 * {@link L1Tolerances#DECISION} relative to {@code max(1, scale)}).
 *
 * <p>Spec: no paper item; the exact/double switch of the design brief ({@code --exact}).
 */
public enum LpPrecision {
  /** Exact rationals. */
  EXACT,
  /** Double precision with tolerances. */
  DOUBLE;

  /** A new solver of this precision. */
  public LpSolver solver() {
    return this == EXACT ? new ExactSimplexSolver() : new DoubleSimplexSolver();
  }

  /** Whether decisions are exact. */
  public boolean isExact() {
    return this == EXACT;
  }

  /**
   * The sign of {@code value}: exact in {@link #EXACT}; in {@link #DOUBLE} zero when
   * {@code |value| <= DECISION * max(1, scale)}.
   */
  public int signum(BigRational value, double scale) {
    if (this == EXACT) {
      return value.signum();
    }
    double v = value.doubleValue();
    if (Math.abs(v) <= L1Tolerances.DECISION * Math.max(1.0, Math.abs(scale))) {
      return 0;
    }
    return v > 0 ? 1 : -1;
  }

  /** {@code signum(a - b)} with the scale {@code max(|a|, |b|)}. */
  public int compare(BigRational a, BigRational b) {
    return signum(a.subtract(b), Math.max(Math.abs(a.doubleValue()), Math.abs(b.doubleValue())));
  }
}
