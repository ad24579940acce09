package org.tacit.group.model;

import java.math.BigInteger;
import org.tacit.exact.BigRational;

/**
 * A rational point {@code (u, v)} next to the balanced, aligned trajectory of LNHW Theorem 2:
 * {@code u_l} is the given magnitude and {@code v_l = c_l a_l} with {@code c_l} the coefficient
 * {@code u_l / (sqrt 2 m_l)}, {@code a_l = X_l^T y / n}, {@code m_l = ||a_l||}, both rounded to
 * dyadic rationals with 40 significant bits (so {@code ||v_l||^2 = u_l^2/2} to about 1e-12; the
 * common power-of-two denominators keep the exact arithmetic small). Exact identities of the flow hold
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
      u[l] = dyadic(magnitudes[l]);
      double m = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, a, l).doubleValue());
      scale[l] = dyadic(magnitudes[l] / (Math.sqrt(2) * m));
    }
    BigRational[] v = new BigRational[groups.dimension()];
    for (int i = 0; i < v.length; i++) {
      v[i] = scale[groups.groupOf(i)].multiply(a[i]);
    }
    return new BalancedAlignedPoint(u, v);
  }

  /** {@code x > 0} rounded to a dyadic rational {@code k / 2^e} with 40 significant bits. */
  private static BigRational dyadic(double x) {
    int shift = 40 - Math.getExponent(x);
    BigInteger scale = BigInteger.ONE.shiftLeft(Math.max(0, shift));
    long mantissa = Math.round(Math.scalb(x, shift));
    return shift >= 0 ? BigRational.of(BigInteger.valueOf(mantissa), scale)
        : BigRational.of(BigInteger.valueOf(mantissa).shiftLeft(-shift));
  }
}
