package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * Conversions of the rational arrays of the exact Algorithm 1 and 2 instances to double, and the
 * exact squared norms of their groups. Cost linear in the sizes.
 *
 * <p>Spec: {@code LNHW:alg-1}, {@code LNHW:alg-2}, {@code LNHW:rem-4.6}.
 */
public final class RationalArrays {

  private RationalArrays() {}

  /** Each entry rounded to the nearest double. */
  public static double[] toDouble(BigRational[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i].doubleValue();
    }
    return out;
  }

  /** The design {@code (x, y)} in double. */
  public static GroupedDesign doubleDesign(GroupPartition groups, BigRational[][] x,
      BigRational[] y) {
    int n = x.length;
    int p = groups.dimension();
    double[] flat = new double[n * p];
    for (int row = 0; row < n; row++) {
      for (int i = 0; i < p; i++) {
        flat[row * p + i] = x[row][i].doubleValue();
      }
    }
    return new GroupedDesign(n, groups, flat, toDouble(y));
  }

  /** Whether every group of {@code v} has squared norm exactly 1. */
  public static boolean unitGroups(GroupPartition groups, BigRational[] v) {
    for (int l = 0; l < groups.groupCount(); l++) {
      if (!ExactWeightNormalization.squaredNorm(groups, v, l).equals(BigRational.ONE)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every entry is {@code > 0}. */
  public static boolean positive(BigRational[] values) {
    for (BigRational value : values) {
      if (value.signum() <= 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code X w} for a rational design. */
  public static BigRational[] times(BigRational[][] x, BigRational[] w) {
    BigRational[] out = new BigRational[x.length];
    for (int row = 0; row < x.length; row++) {
      BigRational sum = BigRational.ZERO;
      for (int i = 0; i < w.length; i++) {
        sum = sum.add(x[row][i].multiply(w[i]));
      }
      out[row] = sum;
    }
    return out;
  }
}
