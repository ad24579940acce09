package org.tacit.group.family;

import java.math.BigInteger;
import org.tacit.exact.BigRational;
import org.tacit.verify.Draws;

/**
 * Rational points of unit spheres for the perturbation families of LNHW Appendices C.3, C.4 and
 * D.3: Pythagorean directions, rational approximations of a direction (inverse stereographic
 * projection), rational unit vectors in a cap {@code <v, c> >= 1 - slack} around a rational unit
 * centre (a rational Householder reflection maps {@code e_1} to the centre, and the cap around
 * {@code e_1} is the image of a ball under inverse stereographic projection), and rational square
 * roots from below and above.
 *
 * <p>The one home of the LNHW families' rational unit vectors (Pythagorean tuples).
 */
final class RationalSphere {

  /** Rational unit vectors of sizes 1, 2, 3 (Pythagorean tuples), before signs and order. */
  private static final long[][][] UNIT_DIRECTIONS = {
      {{1, 1}},
      {{3, 4, 5}, {5, 12, 13}, {8, 15, 17}, {1, 0, 1}, {20, 21, 29}},
      {{1, 2, 2, 3}, {2, 3, 6, 7}, {2, 6, 9, 11}, {1, 4, 8, 9}, {0, 3, 4, 5}}};

  /** Rational unit vectors of sizes 1 to 4 without zero entries, before signs and order. */
  private static final long[][][] FULL_SUPPORT_DIRECTIONS = {
      {{1, 1}},
      {{3, 4, 5}, {5, 12, 13}, {8, 15, 17}},
      {{1, 2, 2, 3}, {2, 3, 6, 7}, {1, 4, 8, 9}, {2, 6, 9, 11}},
      {{1, 1, 1, 1, 2}, {1, 2, 2, 4, 5}, {2, 4, 5, 6, 9}, {1, 1, 3, 5, 6}}};

  private RationalSphere() {}

  /** A rational unit vector of size 1 to 3: a Pythagorean tuple, permuted, random signs. */
  static BigRational[] unitDirection(Draws draws, int size) {
    return pick(UNIT_DIRECTIONS[size - 1], draws, size);
  }

  /**
   * A rational unit vector of size 1 to 4 with every entry non-zero: a Pythagorean tuple,
   * permuted, random signs.
   */
  static BigRational[] fullSupportDirection(Draws draws, int size) {
    return pick(FULL_SUPPORT_DIRECTIONS[size - 1], draws, size);
  }

  private static BigRational[] pick(long[][] choices, Draws draws, int size) {
    long[] tuple = choices[draws.intBetween(0, choices.length - 1)];
    int[] order = draws.permutation(size);
    BigRational[] direction = new BigRational[size];
    for (int k = 0; k < size; k++) {
      long sign = draws.coin() ? 1 : -1;
      direction[k] = BigRational.of(sign * tuple[order[k]], tuple[size]);
    }
    return direction;
  }

  /**
   * The inverse stereographic projection of {@code t} (length {@code d - 1}) from {@code -e_1}:
   * {@code ((1 - |t|^2), 2t) / (1 + |t|^2)}, a rational unit vector whose first coordinate is
   * {@code (1 - |t|^2)/(1 + |t|^2)}.
   */
  static BigRational[] stereographic(BigRational[] t) {
    BigRational normSquared = BigRational.ZERO;
    for (BigRational tk : t) {
      normSquared = normSquared.add(tk.multiply(tk));
    }
    BigRational scale = BigRational.ONE.add(normSquared).reciprocal();
    BigRational[] x = new BigRational[t.length + 1];
    x[0] = BigRational.ONE.subtract(normSquared).multiply(scale);
    for (int k = 0; k < t.length; k++) {
      x[k + 1] = BigRational.TWO.multiply(t[k]).multiply(scale);
    }
    return x;
  }

  /**
   * A rational unit vector close to {@code x / ||x||} ({@code x != 0}): the stereographic
   * coordinates of the direction (from the pole opposite to the sign of {@code x_1}) rounded to
   * multiples of {@code 1/denominator}.
   */
  static BigRational[] nearUnit(double[] x, long denominator) {
    double norm = 0;
    for (double xk : x) {
      norm += xk * xk;
    }
    norm = Math.sqrt(norm);
    boolean flip = x[0] < 0;
    double first = Math.abs(x[0]) / norm;
    BigRational[] t = new BigRational[x.length - 1];
    for (int k = 1; k < x.length; k++) {
      t[k - 1] = BigRational.of(Math.round(x[k] / norm / (1 + first) * denominator),
          denominator);
    }
    BigRational[] unit = stereographic(t);
    if (flip) {
      unit[0] = unit[0].negate();
    }
    return unit;
  }

  /**
   * A rational unit vector {@code v} with {@code <v, centre> >= 1 - slack} ({@code centre} a
   * rational unit vector, {@code 0 < slack < 2}): {@code v = H x} with {@code H} the Householder
   * reflection exchanging {@code e_1} and {@code centre} (rational, orthogonal) and {@code x} the
   * inverse stereographic image of {@code t = r d}, {@code d} a Pythagorean direction and
   * {@code r^2 <= slack/(2 - slack)}, so {@code <v, centre> = x_1 >= 1 - slack}. With
   * {@code boundary}, {@code r} is the exact root when {@code slack/(2 - slack)} is a rational
   * square (then {@code v} lies on the cap's boundary) and otherwise the largest multiple of
   * {@code 1/1000} below it; without, {@code r} is uniform in between.
   */
  static BigRational[] inCap(BigRational[] centre, BigRational slack, Draws draws,
      boolean boundary) {
    int size = centre.length;
    if (size == 1) {
      return centre.clone();
    }
    BigRational radiusSquared = slack.divide(BigRational.TWO.subtract(slack));
    BigRational largest = rootAtMost(radiusSquared, 1000);
    BigRational r = boundary ? largest
        : largest.multiply(BigRational.of(draws.between(0, 1000), 1000));
    BigRational[] d = unitDirection(draws, size - 1);
    BigRational[] t = new BigRational[size - 1];
    for (int k = 0; k < t.length; k++) {
      t[k] = r.multiply(d[k]);
    }
    return householderFromFirstAxis(centre, stereographic(t));
  }

  /**
   * {@code H x} with {@code H = I - 2 n n^T/(n^T n)} and {@code n = e_1 - centre} ({@code H = I}
   * if {@code n = 0}).
   */
  static BigRational[] householderFromFirstAxis(BigRational[] centre, BigRational[] x) {
    BigRational[] n = new BigRational[centre.length];
    BigRational nn = BigRational.ZERO;
    BigRational nx = BigRational.ZERO;
    for (int k = 0; k < n.length; k++) {
      n[k] = (k == 0 ? BigRational.ONE : BigRational.ZERO).subtract(centre[k]);
      nn = nn.add(n[k].multiply(n[k]));
      nx = nx.add(n[k].multiply(x[k]));
    }
    if (nn.signum() == 0) {
      return x.clone();
    }
    BigRational factor = BigRational.TWO.multiply(nx).divide(nn);
    BigRational[] y = new BigRational[x.length];
    for (int k = 0; k < y.length; k++) {
      y[k] = x[k].subtract(factor.multiply(n[k]));
    }
    return y;
  }

  /**
   * The exact square root of {@code x >= 0} if it is a rational square, otherwise the largest
   * multiple {@code k/denominator} with {@code (k/denominator)^2 <= x}.
   */
  static BigRational rootAtMost(BigRational x, long denominator) {
    BigInteger numerator = x.numerator().sqrt();
    BigInteger bottom = x.denominator().sqrt();
    BigRational exact = BigRational.of(numerator, bottom);
    if (exact.multiply(exact).equals(x)) {
      return exact;
    }
    long k = (long) Math.floor(Math.sqrt(x.doubleValue()) * denominator);
    BigRational step = BigRational.of(1, denominator);
    BigRational r = BigRational.of(Math.max(k, 0), denominator);
    while (r.signum() > 0 && r.multiply(r).compareTo(x) > 0) {
      r = r.subtract(step);
    }
    while (r.add(step).multiply(r.add(step)).compareTo(x) <= 0) {
      r = r.add(step);
    }
    return r;
  }

  /**
   * The exact square root of {@code x >= 0} if it is a rational square, otherwise the smallest
   * multiple {@code k/denominator} with {@code (k/denominator)^2 >= x}.
   */
  static BigRational rootAtLeast(BigRational x, long denominator) {
    BigRational below = rootAtMost(x, denominator);
    return below.multiply(below).equals(x) ? below : below.add(BigRational.of(1, denominator));
  }
}
