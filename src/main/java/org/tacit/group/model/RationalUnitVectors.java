package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalVectors;

/**
 * Exact vectors for the single-group lemmas of LNHW Appendices C-D: rational points of the unit
 * sphere (inverse stereographic projection), a rational orthogonal frame carrying the first axis
 * to a given rational unit vector (a Householder reflection), and the few vector operations the
 * updates (4)-(6) need.
 *
 * <p>Contract: every method is exact; unit vectors produced here have squared norm exactly 1.
 * Vectors of one call have equal lengths (not checked beyond array access). Cost: linear in the
 * dimension per call.
 *
 * <p>Spec: {@code LNHW:eq-4}, {@code LNHW:lem-8}, {@code LNHW:lem-16}.
 */
public final class RationalUnitVectors {

  private RationalUnitVectors() {}

  /**
   * The inverse stereographic projection of {@code t} in {@code Q^(d-1)}: the rational unit vector
   * {@code (2 t, 1 - |t|^2) / (1 + |t|^2)} of {@code Q^d}. Every rational point of the sphere except
   * the pole {@code (0, ..., 0, -1)} arises this way.
   */
  public static BigRational[] fromStereographic(BigRational[] t) {
    BigRational normSquared = normSquared(t);
    BigRational scale = BigRational.ONE.add(normSquared).reciprocal();
    BigRational[] v = new BigRational[t.length + 1];
    for (int i = 0; i < t.length; i++) {
      v[i] = BigRational.TWO.multiply(t[i]).multiply(scale);
    }
    v[t.length] = BigRational.ONE.subtract(normSquared).multiply(scale);
    return v;
  }

  /** The standard basis vector {@code e_k} of {@code Q^d}. */
  public static BigRational[] basis(int d, int k) {
    BigRational[] e = new BigRational[d];
    for (int i = 0; i < d; i++) {
      e[i] = i == k ? BigRational.ONE : BigRational.ZERO;
    }
    return e;
  }

  /**
   * The image of {@code x} under the Householder reflection {@code H = I - 2 a a^T / (a^T a)},
   * {@code a = e_1 - target}, which maps {@code e_1} to the unit vector {@code target} (the
   * identity when {@code target = e_1}). {@code H} is rational and orthogonal, so the images of the
   * standard basis form a rational orthonormal frame whose first vector is {@code target}.
   *
   * @param target a unit vector ({@code ||target||^2 = 1}, required, not checked)
   */
  public static BigRational[] reflectFirstAxisTo(BigRational[] target, BigRational[] x) {
    BigRational[] a = target.clone();
    for (int i = 0; i < a.length; i++) {
      a[i] = (i == 0 ? BigRational.ONE : BigRational.ZERO).subtract(target[i]);
    }
    BigRational aa = normSquared(a);
    if (aa.isZero()) {
      return x.clone();
    }
    BigRational factor = BigRational.TWO.multiply(RationalVectors.dot(a, x)).divide(aa);
    return add(x, scale(factor.negate(), a));
  }

  /** {@code ||x||^2}. */
  public static BigRational normSquared(BigRational[] x) {
    return RationalVectors.dot(x, x);
  }

  /** {@code <x, y>}. */
  public static BigRational dot(BigRational[] x, BigRational[] y) {
    return RationalVectors.dot(x, y);
  }

  /** {@code c x}. */
  public static BigRational[] scale(BigRational c, BigRational[] x) {
    BigRational[] y = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = c.multiply(x[i]);
    }
    return y;
  }

  /** {@code x + y}. */
  public static BigRational[] add(BigRational[] x, BigRational[] y) {
    BigRational[] s = new BigRational[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = x[i].add(y[i]);
    }
    return s;
  }

  /** {@code x - y}. */
  public static BigRational[] subtract(BigRational[] x, BigRational[] y) {
    return add(x, scale(BigRational.MINUS_ONE, y));
  }

  /** The vector of doubles nearest to {@code x}, entry by entry. */
  public static double[] toDoubles(BigRational[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i].doubleValue();
    }
    return d;
  }

  /** A short text form {@code [x_1, ..., x_d]} with each entry as a double. */
  public static String describe(BigRational[] x) {
    return Arrays.toString(toDoubles(x));
  }
}
