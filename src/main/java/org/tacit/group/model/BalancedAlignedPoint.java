package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * A rational point {@code (u, v)} next to the balanced, aligned trajectory of LNHW Theorem 2:
 * {@code u_l} is the given magnitude rounded to a rational and
 * {@code v_l = (u_l / mu_l) a_l} with {@code mu_l} a rational approximation of
 * {@code sqrt 2 m_l}, {@code a_l = X_l^T y / n}, {@code m_l = ||a_l||} (so
 * {@code ||v_l||^2 = u_l^2/2} up to the rounding of {@code mu_l}). Exact identities of the flow hold
 * at every point, so they are checked here in rationals.
 *
 * <p>Contract: every {@code a_l != 0}; {@code magnitudes} has L positive entries. Cost O(p).
 *
 * <p>Spec: {@code LNHW:rem-B.2}, {@code LNHW:rem-B.3}.
 *
 * @param u the magnitudes (length L)
 * @param v the directions (length p)
 */
public record BalancedAlignedPoint(BigRational[] u, BigRational[] v) {

  /** The point with magnitudes {@code magnitudes} on {@code instance}. */
  public static BalancedAlignedPoint of(OrthogonalFlowInstance instance, double[] magnitudes) {
    GroupPartition groups = instance.groups();
    BigRational[] a = instance.correlations();
    BigRational[] u = new BigRational[groups.groupCount()];
    BigRational[] scale = new BigRational[groups.groupCount()];
    for (int l = 0; l < u.length; l++) {
      u[l] = BigRational.valueOf(magnitudes[l]);
      double m = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, a, l).doubleValue());
      scale[l] = u[l].divide(BigRational.valueOf(Math.sqrt(2) * m));
    }
    BigRational[] v = new BigRational[groups.dimension()];
    for (int i = 0; i < v.length; i++) {
      v[i] = scale[groups.groupOf(i)].multiply(a[i]);
    }
    return new BalancedAlignedPoint(u, v);
  }
}
