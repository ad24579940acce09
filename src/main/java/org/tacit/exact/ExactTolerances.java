package org.tacit.exact;

/**
 * The precision parameters of the one approximate part of {@code exact}, {@link BigDecimalMath}
 * (exp and log to a requested number of digits p), in one place. Everything else in the package
 * is exact and uses none. The contract they serve: relative error below {@code 10^(2 - p)}.
 */
public final class ExactTolerances {

  /**
   * Decimal guard digits of the working precision above p. exp sums a Taylor series of
   * {@code x / 2^h} (terms and partial sums each rounded once, fewer than a hundred of them) and
   * squares the result h times, which multiplies its relative error by {@code 2^h}: that factor
   * gets its own {@code h / 3 + 1} digits ({@code 2^h <= 10^(h/3 + 1)}), and these ten cover the
   * series and the final rounding with eight digits to spare over the contract's two. log runs
   * Halley's iteration with exp at this working precision.
   */
  public static final int GUARD_DIGITS = 10;

  /**
   * The exp series stops after the first term below {@code 10^-(w + this)} for working precision
   * w: the argument after halving is below {@code 2^-8} in magnitude, so the remaining tail is
   * below 1/255 of that term, more than two orders below the resolution {@code 10^-w} of the
   * partial sum (which is about 1).
   */
  public static final int SERIES_STOP_DIGITS = 2;

  /**
   * Backstop on the number of exp series terms: after halving, {@code |x / 2^h| < 2^-8}, so term
   * k is below {@code 2^-8k / k!} and a few hundred digits of working precision need well under a
   * hundred terms; the cap is never reached in use.
   */
  public static final int SERIES_MAX_TERMS = 10_000;

  /**
   * Halley's iteration for log stops at a step below {@code 10^(2 - w)} for working precision w:
   * the iteration converges cubically from the double-precision start (16 digits, then 48, then
   * 144), so the step after that is already far below the current error, which is then within a
   * few units of the last digit.
   */
  public static final int HALLEY_STOP_DIGITS = 2;

  /**
   * Safety cap on Halley's iteration: cubic convergence from 16 correct digits reaches any working
   * precision below {@code 16 * 3^18} digits in fewer than 20 steps.
   */
  public static final int HALLEY_MAX_ITERATIONS = 20;

  private ExactTolerances() {}
}
