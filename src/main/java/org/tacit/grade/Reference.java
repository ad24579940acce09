package org.tacit.grade;

import org.tacit.exact.BigRational;

/**
 * The reference answer of a question, computed by {@link ReferenceSolver}.
 *
 * @param values the number(s) for SCALAR (one entry) and VECTOR answers (empty otherwise); exact
 *     rationals, or the exact value of a double reference when {@code exact} is false
 * @param set the index set for SET answers (empty otherwise), increasing
 * @param verdict the answer of VERDICT questions (false otherwise)
 * @param error a certified bound on |reference - true value| (zero when exact)
 * @param exact whether the reference is the exact value
 * @param certificate why the reference is right (the solver's certificate, in words)
 */
public record Reference(BigRational[] values, int[] set, boolean verdict, BigRational error,
    boolean exact, String certificate) {

  /** Copies the arrays. */
  public Reference {
    values = values.clone();
    set = set.clone();
  }

  /** A copy of the values. */
  @Override
  public BigRational[] values() {
    return values.clone();
  }

  /** A copy of the set. */
  @Override
  public int[] set() {
    return set.clone();
  }

  /** An exact scalar or vector reference. */
  static Reference numbers(BigRational[] values, String certificate) {
    return new Reference(values, new int[0], false, BigRational.ZERO, true, certificate);
  }

  /** An exact index-set reference. */
  static Reference indices(int[] set, String certificate) {
    return new Reference(new BigRational[0], set, false, BigRational.ZERO, true, certificate);
  }

  /** A verdict. */
  static Reference verdict(boolean verdict, String certificate) {
    return new Reference(new BigRational[0], new int[0], verdict, BigRational.ZERO, true,
        certificate);
  }
}
