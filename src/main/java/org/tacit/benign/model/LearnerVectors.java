package org.tacit.benign.model;

import java.util.Arrays;
import java.util.Set;
import org.tacit.exact.BigRational;

/**
 * Exact vector operations of the ZG model code on {@code BigRational[]} (vectors) and
 * {@code BigRational[][]} (row-major matrices, {@code X} is {@code n x d}). All are exact and cost
 * O(length) or O(n d); none modifies its arguments.
 *
 * <p>Spec: used by {@code ZG:eq-1} to {@code ZG:rem-B.6}.
 */
public final class LearnerVectors {

  private LearnerVectors() {}

  /** The vector of length {@code d} with every entry {@code value}. */
  public static BigRational[] constant(int d, BigRational value) {
    BigRational[] out = new BigRational[d];
    Arrays.fill(out, value);
    return out;
  }

  /** {@code a + b}. */
  public static BigRational[] add(BigRational[] a, BigRational[] b) {
    BigRational[] out = new BigRational[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k].add(b[k]);
    }
    return out;
  }

  /** {@code a - b}. */
  public static BigRational[] subtract(BigRational[] a, BigRational[] b) {
    BigRational[] out = new BigRational[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k].subtract(b[k]);
    }
    return out;
  }

  /** {@code c a}. */
  public static BigRational[] scale(BigRational c, BigRational[] a) {
    BigRational[] out = new BigRational[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = c.multiply(a[k]);
    }
    return out;
  }

  /** {@code a o a} (entrywise square). */
  public static BigRational[] square(BigRational[] a) {
    BigRational[] out = new BigRational[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k].multiply(a[k]);
    }
    return out;
  }

  /** {@code a o b} (entrywise product). */
  public static BigRational[] entrywise(BigRational[] a, BigRational[] b) {
    BigRational[] out = new BigRational[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k].multiply(b[k]);
    }
    return out;
  }

  /** {@code a_A}: the entries of {@code a} with index in {@code set}, zero elsewhere. */
  public static BigRational[] restrict(BigRational[] a, Set<Integer> set) {
    BigRational[] out = new BigRational[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = set.contains(k) ? a[k] : BigRational.ZERO;
    }
    return out;
  }

  /** {@code X a} for {@code X} of size {@code n x d} and {@code a} in {@code R^d}. */
  public static BigRational[] times(BigRational[][] x, BigRational[] a) {
    BigRational[] out = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      BigRational sum = BigRational.ZERO;
      for (int k = 0; k < a.length; k++) {
        sum = sum.add(x[i][k].multiply(a[k]));
      }
      out[i] = sum;
    }
    return out;
  }

  /** {@code X^T c} for {@code X} of size {@code n x d} and {@code c} in {@code R^n}. */
  public static BigRational[] transposeTimes(BigRational[][] x, BigRational[] c) {
    int d = x[0].length;
    BigRational[] out = constant(d, BigRational.ZERO);
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < d; k++) {
        out[k] = out[k].add(x[i][k].multiply(c[i]));
      }
    }
    return out;
  }

  /** {@code ||a - b||_inf}, zero exactly when {@code a = b}. */
  public static BigRational distance(BigRational[] a, BigRational[] b) {
    BigRational max = BigRational.ZERO;
    for (int k = 0; k < a.length; k++) {
      max = max.max(a[k].subtract(b[k]).abs());
    }
    return max;
  }
}
