package org.tacit.group.model;

import org.tacit.exact.BigRational;

/** Conversions of rational LNHW data to double precision (each entry rounded once). */
public final class Rationals {

  private Rationals() {}

  /** The {@link GroupedDesign} of the rational design {@code x} ({@code n x p}) and {@code y}. */
  public static GroupedDesign groupedDesign(GroupPartition groups, BigRational[][] x,
      BigRational[] y) {
    int n = x.length;
    int p = groups.dimension();
    double[] flat = new double[n * p];
    double[] responses = new double[n];
    for (int row = 0; row < n; row++) {
      for (int j = 0; j < p; j++) {
        flat[row * p + j] = x[row][j].doubleValue();
      }
      responses[row] = y[row].doubleValue();
    }
    return new GroupedDesign(n, groups, flat, responses);
  }

  /** Each entry rounded to double. */
  public static double[] toDouble(BigRational[] z) {
    double[] out = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i].doubleValue();
    }
    return out;
  }
}
