package org.tacit.exact;

/**
 * Exact vector functions on {@link BigRational} arrays: inner product, l1 and l_inf norms.
 * Contract: exact; the two arguments of {@link #dot} have equal length (not checked beyond the
 * array access). Cost: linear in the length.
 *
 * <p>Spec: no paper item; shared exact arithmetic.
 */
public final class RationalVectors {

  private RationalVectors() {}

  /** {@code sum_i u_i v_i}. */
  public static BigRational dot(BigRational[] u, BigRational[] v) {
    BigRational sum = BigRational.ZERO;
    for (int i = 0; i < u.length; i++) {
      if (!u[i].isZero()) {
        sum = sum.add(u[i].multiply(v[i]));
      }
    }
    return sum;
  }

  /** {@code sum_i |v_i|}. */
  public static BigRational norm1(BigRational[] v) {
    BigRational sum = BigRational.ZERO;
    for (BigRational value : v) {
      sum = sum.add(value.abs());
    }
    return sum;
  }

  /** {@code max_i |v_i|} (0 for an empty vector). */
  public static BigRational normInf(BigRational[] v) {
    BigRational max = BigRational.ZERO;
    for (BigRational value : v) {
      max = max.max(value.abs());
    }
    return max;
  }
}
