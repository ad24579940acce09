package org.tacit.lp;

import org.tacit.exact.BigRational;

/**
 * The arithmetic the simplex method runs on: exact rationals ({@link RationalField}) or doubles
 * with tolerances ({@link DoubleField}). Package-private: the solvers choose the field.
 *
 * <p>Contract: {@link #signum} is exact for the rational field; for the double field it treats
 * magnitudes at most its tolerance as zero, which is how every simplex decision (entering column,
 * ratio test, optimality, infeasibility) is made. {@link #isStoredZero} is exact in both fields
 * and only serves to skip work on zero entries.
 *
 * @param <T> the scalar type
 */
interface ScalarField<T> {

  /** Zero. */
  T zero();

  /** One. */
  T one();

  /** {@code a + b}. */
  T add(T a, T b);

  /** {@code a - b}. */
  T subtract(T a, T b);

  /** {@code a * b}. */
  T multiply(T a, T b);

  /** {@code a / b}; {@code b} is non-zero in the sense of {@link #signum}. */
  T divide(T a, T b);

  /** {@code -a}. */
  T negate(T a);

  /** The sign of {@code a}, with the field's tolerance. */
  int signum(T a);

  /** {@code signum(a - b)}, with the field's tolerance. */
  default int compare(T a, T b) {
    return signum(subtract(a, b));
  }

  /** {@code a} compared with {@code b} without tolerance. */
  int compareExactly(T a, T b);

  /** Whether {@code a} is stored as exactly zero. */
  boolean isStoredZero(T a);

  /** {@code |a|} compared with {@code |b|} exactly (pivot-size tie-breaking). */
  int compareMagnitude(T a, T b);

  /** The field element nearest {@code value}. */
  T fromRational(BigRational value);

  /** The exact value of {@code a}. */
  BigRational toRational(T a);

  /** {@code a}, or zero if it is rounding residue (double field only; identity when exact). */
  default T flush(T a) {
    return a;
  }

  /** The primal feasibility tolerance of the Harris ratio test (zero when exact). */
  default T feasibilityTolerance() {
    return zero();
  }

  /** Whether decisions are exact (no tolerance). */
  boolean isExact();

  /** A new array of {@code length} zeros. */
  T[] zeros(int length);
}
