package org.tacit.group.model;

import java.math.BigInteger;
import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * The state of one support group at the end of phase 2 in the proof of LNHW Theorem 3
 * (Appendix D.1, Eq. (9)): the target magnitude {@code (u_l*)^2}, the largest
 * {@code (u*_max)^2}, {@code zeta}, the magnitude {@code u_l^2(T_2)} and the unit directions
 * {@code v_l(T_2)} and {@code v_l*}, all rational.
 *
 * @param uStarSquared {@code (u_l*)^2}
 * @param uStarMaxSquared {@code (u*_max)^2}
 * @param zeta {@code zeta}
 * @param uSquared {@code u_l^2(T_2)}
 * @param v {@code v_l(T_2)}, a rational unit vector
 * @param vStar {@code v_l*}, a rational unit vector
 *
 * <p>Spec: {@code LNHW:eq-9}, {@code LNHW:rem-D.1.1}.
 */
public record SupportErrorState(BigRational uStarSquared, BigRational uStarMaxSquared,
    BigRational zeta, BigRational uSquared, BigRational[] v, BigRational[] vStar) {

  /**
   * {@code m_0 = floor(log_2((u*_max)^2 / zeta))}, exactly: the largest integer {@code k} with
   * {@code 2^k zeta <= (u*_max)^2}; requires {@code 0 < zeta <= (u*_max)^2}.
   */
  public int halvings() {
    int k = 0;
    BigRational scaled = zeta.multiply(BigRational.TWO);
    while (scaled.compareTo(uStarMaxSquared) <= 0) {
      k++;
      scaled = scaled.multiply(BigRational.TWO);
    }
    return k;
  }

  /** {@code 2^{-k}} exactly. */
  public static BigRational halfPower(int k) {
    return BigRational.of(BigInteger.ONE, BigInteger.TWO.pow(k));
  }

  /** {@code <a, b>} exactly. */
  public static BigRational dot(BigRational[] a, BigRational[] b) {
    BigRational sum = BigRational.ZERO;
    for (int i = 0; i < a.length; i++) {
      sum = sum.add(a[i].multiply(b[i]));
    }
    return sum;
  }

  /** The error {@code E = u_l^2 v_l - (u_l*)^2 v_l*}. */
  public BigRational[] error() {
    BigRational[] e = new BigRational[v.length];
    for (int i = 0; i < v.length; i++) {
      e[i] = uSquared.multiply(v[i]).subtract(uStarSquared.multiply(vStar[i]));
    }
    return e;
  }

  @Override
  public String toString() {
    return "(u*)^2=" + uStarSquared + ", (u*_max)^2=" + uStarMaxSquared + ", zeta=" + zeta
        + ", u^2=" + uSquared + ", v=" + Arrays.toString(v) + ", v*=" + Arrays.toString(vStar);
  }
}
