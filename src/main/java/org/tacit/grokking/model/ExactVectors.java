package org.tacit.grokking.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;

/**
 * Exact vector arithmetic on {@code BigRational[]} for the TDR exact checkers: sums, differences,
 * scaling, squared norms, the l1 norm and the sign vector ({@code sign(0) = 0}, the paper's
 * footnote 5). Every method returns a new array and leaves its arguments unchanged; O(length)
 * rational operations each.
 *
 * <p>Spec: the exact identities of {@code TDR:eq-65} .. {@code TDR:eq-91} and
 * {@code TDR:eq-109} .. {@code TDR:eq-115}.
 */
public final class ExactVectors {

  private ExactVectors() {}

  /** The zero vector of the given length. */
  public static BigRational[] zeros(int length) {
    BigRational[] v = new BigRational[length];
    Arrays.fill(v, BigRational.ZERO);
    return v;
  }

  /** {@code a + b}; requires equal lengths. */
  public static BigRational[] add(BigRational[] a, BigRational[] b) {
    requireSameLength(a, b);
    BigRational[] s = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i].add(b[i]);
    }
    return s;
  }

  /** {@code a - b}; requires equal lengths. */
  public static BigRational[] subtract(BigRational[] a, BigRational[] b) {
    requireSameLength(a, b);
    BigRational[] s = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i].subtract(b[i]);
    }
    return s;
  }

  /** {@code factor * a}. */
  public static BigRational[] scale(BigRational factor, BigRational[] a) {
    BigRational[] s = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = factor.multiply(a[i]);
    }
    return s;
  }

  /** {@code ||a||_2^2}. */
  public static BigRational squaredNorm(BigRational[] a) {
    return RationalVectors.dot(a, a);
  }

  /** {@code ||a||_1}. */
  public static BigRational norm1(BigRational[] a) {
    return RationalVectors.norm1(a);
  }

  /** {@code sign(a)} coordinate-wise, with {@code sign(0) = 0}. */
  public static BigRational[] sign(BigRational[] a) {
    BigRational[] s = new BigRational[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = BigRational.of(a[i].signum());
    }
    return s;
  }

  /** The vector converted to doubles (each entry correctly rounded). */
  public static double[] toDouble(BigRational[] a) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i].doubleValue();
    }
    return d;
  }

  private static void requireSameLength(BigRational[] a, BigRational[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
    }
  }
}
