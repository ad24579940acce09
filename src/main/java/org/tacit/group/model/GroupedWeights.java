package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The reparameterization {@code G(u, v) = (Du)^2 o v}, i.e. {@code w_i = u_{g(i)}^2 v_i}, with
 * {@code D} the {@code p x L} group-indicator matrix (LNHW Section 2), in double and exactly.
 * Cost O(p).
 *
 * <p>Spec: {@code LNHW:rem-2.2}.
 */
public final class GroupedWeights {

  private GroupedWeights() {}

  /** {@code w = G(u, v)}; requires {@code u.length = L}, {@code v.length = p}. */
  public static double[] of(GroupPartition groups, double[] u, double[] v) {
    requireShapes(groups, u.length, v.length);
    double[] w = new double[v.length];
    for (int i = 0; i < w.length; i++) {
      double ug = u[groups.groupOf(i)];
      w[i] = ug * ug * v[i];
    }
    return w;
  }

  /** {@code w = G(u, v)} exactly. */
  public static BigRational[] of(GroupPartition groups, BigRational[] u, BigRational[] v) {
    requireShapes(groups, u.length, v.length);
    BigRational[] w = new BigRational[v.length];
    for (int i = 0; i < w.length; i++) {
      BigRational ug = u[groups.groupOf(i)];
      w[i] = ug.multiply(ug).multiply(v[i]);
    }
    return w;
  }

  /**
   * {@code G(u, v)} computed as the matrix expression {@code (D u)^{o2} o v} with the explicit
   * indicator matrix {@code D} (an independent evaluation of the same map, O(pL)).
   */
  public static BigRational[] viaIndicatorMatrix(GroupPartition groups, BigRational[] u,
      BigRational[] v) {
    requireShapes(groups, u.length, v.length);
    int p = groups.dimension();
    BigRational[] w = new BigRational[p];
    for (int i = 0; i < p; i++) {
      BigRational du = BigRational.ZERO;
      for (int l = 0; l < groups.groupCount(); l++) {
        if (groups.groupOf(i) == l) {
          du = du.add(u[l]);
        }
      }
      w[i] = du.multiply(du).multiply(v[i]);
    }
    return w;
  }

  private static void requireShapes(GroupPartition groups, int uLength, int vLength) {
    if (uLength != groups.groupCount() || vLength != groups.dimension()) {
      throw new IllegalArgumentException("u has " + uLength + " entries and v " + vLength
          + "; the partition has L = " + groups.groupCount() + ", p = " + groups.dimension());
    }
  }
}
