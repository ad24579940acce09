package org.tacit.verify;

import org.tacit.exact.BigRational;

/**
 * One evaluated statement {@code L relation R} of a theorem or of a proof step, with its margin.
 *
 * <p>Contract: {@code holds} is decided by the factory that built the check: exactly for the
 * rational factories, and for the double factories with the stated relative {@code tolerance}
 * ({@code L <= R + tolerance * max(|L|, |R|)}; equality: {@code |L - R| <= tolerance * max(|L|, |R|)}).
 * A NaN side never holds. The margin follows {@link Margins}.
 *
 * @param specId the spec ID whose statement (or proof step) this is, e.g. {@code MS:eq-III.4}
 * @param label a short human-readable name of the statement, e.g. {@code "(III.4) log-sum"}
 * @param lhs the left side L, as a double (exact checks round at the end)
 * @param rhs the right side R, as a double
 * @param relation the relation asserted
 * @param tolerance the relative tolerance used to decide {@code holds}; 0 for exact checks
 * @param margin the relative margin (see {@link Margins})
 * @param holds whether the statement holds on this instance
 * @param exact whether the check was decided in exact arithmetic
 */
public record Check(
    String specId,
    String label,
    double lhs,
    double rhs,
    Relation relation,
    double tolerance,
    double margin,
    boolean holds,
    boolean exact) {

  /** Reports the evaluation to {@link CheckEvaluations} (a volatile read when not recording). */
  public Check {
    CheckEvaluations.evaluated(specId);
  }

  /** {@code lhs <= rhs} in double precision with relative tolerance {@code tolerance >= 0}. */
  public static Check lessOrEqual(
      String specId, String label, double lhs, double rhs, double tolerance) {
    boolean holds = lhs <= rhs + tolerance * Margins.scale(lhs, rhs);
    return new Check(specId, label, lhs, rhs, Relation.LESS_OR_EQUAL, tolerance,
        Margins.ofInequality(lhs, rhs), holds && !Double.isNaN(lhs) && !Double.isNaN(rhs), false);
  }

  /** {@code lhs < rhs} in double precision, decided without tolerance. */
  public static Check less(String specId, String label, double lhs, double rhs) {
    return new Check(specId, label, lhs, rhs, Relation.LESS, 0.0,
        Margins.ofInequality(lhs, rhs), lhs < rhs, false);
  }

  /** {@code |lhs - rhs| <= tolerance * max(|lhs|, |rhs|)} in double precision. */
  public static Check equal(String specId, String label, double lhs, double rhs, double tolerance) {
    boolean holds = Math.abs(lhs - rhs) <= tolerance * Margins.scale(lhs, rhs);
    return new Check(specId, label, lhs, rhs, Relation.EQUAL, tolerance,
        Margins.ofEquality(lhs, rhs), holds, false);
  }

  /**
   * {@code |lhs - rhs| <= tolerance * scale} in double precision, for identities whose rounding is
   * relative to the size of their terms ({@code scale}) rather than to their value; margin
   * {@code -|lhs - rhs| / max(|scale|, TINY)}.
   */
  public static Check equalAtScale(String specId, String label, double lhs, double rhs,
      double scale, double tolerance) {
    double denominator = Math.max(Math.abs(scale), Margins.TINY);
    double discrepancy = Math.abs(lhs - rhs);
    return new Check(specId, label, lhs, rhs, Relation.EQUAL, tolerance,
        -discrepancy / denominator, discrepancy <= tolerance * denominator, false);
  }

  /** {@code lhs <= rhs}, decided exactly. */
  public static Check lessOrEqual(String specId, String label, BigRational lhs, BigRational rhs) {
    return new Check(specId, label, lhs.doubleValue(), rhs.doubleValue(), Relation.LESS_OR_EQUAL,
        0.0, Margins.ofInequality(lhs, rhs), lhs.compareTo(rhs) <= 0, true);
  }

  /** {@code lhs < rhs}, decided exactly. */
  public static Check less(String specId, String label, BigRational lhs, BigRational rhs) {
    return new Check(specId, label, lhs.doubleValue(), rhs.doubleValue(), Relation.LESS,
        0.0, Margins.ofInequality(lhs, rhs), lhs.compareTo(rhs) < 0, true);
  }

  /** {@code lhs = rhs}, decided exactly. */
  public static Check equal(String specId, String label, BigRational lhs, BigRational rhs) {
    return new Check(specId, label, lhs.doubleValue(), rhs.doubleValue(), Relation.EQUAL,
        0.0, Margins.ofEquality(lhs, rhs), lhs.equals(rhs), true);
  }

  /**
   * Whether the check holds only thanks to its stated tolerance: it holds, but its margin is
   * negative (the relation is violated by less than the tolerance allows). Exact checks never do;
   * a double-precision equality with any rounding discrepancy does.
   */
  public boolean holdsWithinToleranceOnly() {
    return holds && margin < 0;
  }

  /** One line: {@code specId label: L rel R (margin m) OK|FAILED}. */
  public String describe() {
    return String.format("%s %s: %.17g %s %.17g (margin %.3e, %s)%s", specId, label, lhs,
        relation.symbol(), rhs, margin, exact ? "exact" : "tol " + tolerance,
        holds ? "" : " FAILED");
  }
}
