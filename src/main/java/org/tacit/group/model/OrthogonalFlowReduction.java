package org.tacit.group.model;

/**
 * The exact scalar reduction of the gradient flow (3) on an orthogonal design (LNHW Appendix B,
 * inventory LG-DER-3). With {@code X_l^T X_l / n = I}, {@code X_l^T X_l' / n = O} and the
 * initialization of Theorem 2 ({@code u_l(0) = theta}, {@code v_l(0) = eta_l a_l} with
 * {@code a_l = X_l^T y / n}, {@code eta_l > 0}, {@code ||v_l(0)||^2 = theta^2 / 2}), Lemmas 2 and 4
 * give {@code ||v_l||^2 = u_l^2 / 2} and {@code v_l = (u_l / (sqrt 2 m_l)) a_l} with
 * {@code m_l = ||a_l||}, hence
 * <pre>
 *   w_l(t) = (u_l(t)^3 / (sqrt 2 m_l)) a_l,    u_l' = sqrt 2 m_l u_l^2 - u_l^5 = u_l^2 (k^3 - u_l^3),
 * </pre>
 * with {@code k = (sqrt 2 m_l)^{1/3}} the stable fixed point ({@code ||w_l|| = m_l} there).
 *
 * <p>Hitting times are the quadrature {@code t(u_a -> u_b) = int_{u_a}^{u_b} du / (u^2 (k^3 - u^3))},
 * evaluated in closed form: by {@code 1/(u^2 (k^3 - u^3)) = 1/(k^3 u^2) + u/(k^3 (k^3 - u^3))} and
 * {@code int x/(1 - x^3) dx = -(1/3) log(1 - x) + (1/6) log(1 + x + x^2)
 * - (1/sqrt 3) atan((2x + 1)/sqrt 3)},
 * <pre>
 *   t = (1/k^3)(1/u_a - 1/u_b) + (1/k^4)[ -(1/3) log((1 - x_b)/(1 - x_a))
 *       + (1/6) log((1 + x_b + x_b^2)/(1 + x_a + x_a^2)) - (1/sqrt 3)(atan A_b - atan A_a) ],
 * </pre>
 * {@code x = u/k}, each difference evaluated as a {@code log1p} or one {@code atan} of a
 * difference quotient so that no O(1) constants cancel. Error: every term has relative rounding
 * error O(10 u) and all but the first are at most {@code (x_b - x_a)} in size while the first is
 * at least {@code (x_b - x_a)/(x_a x_b)}, so the result has relative error below
 * {@code 20 u + u / (1 - x_b)} (the last from rounding {@code x_b} next to 1); see
 * {@link LnhwTolerances#REDUCTION_TIME}.
 *
 * <p>Spec: {@code LNHW:thm-2}, {@code LNHW:lem-4}, {@code LNHW:rem-B.2}, {@code LNHW:rem-B.3}.
 */
public final class OrthogonalFlowReduction {

  private static final double SQRT2 = Math.sqrt(2);
  private static final double SQRT3 = Math.sqrt(3);
  private static final int BISECTIONS = 200;

  private OrthogonalFlowReduction() {}

  /** The fixed point {@code k = (sqrt 2 m)^{1/3}} of {@code u' = sqrt 2 m u^2 - u^5}. */
  public static double fixedPoint(double m) {
    return Math.cbrt(SQRT2 * m);
  }

  /** The right-hand side {@code sqrt 2 m u^2 - u^5}. */
  public static double growthRate(double m, double u) {
    double u2 = u * u;
    return SQRT2 * m * u2 - u2 * u2 * u;
  }

  /**
   * The time the reduced flow takes from {@code from} to {@code to}, for {@code m > 0} and
   * {@code from > 0}, {@code from != k}. Below the fixed point ({@code from < k}, increasing flow):
   * 0 when {@code to <= from}, {@code +infinity} when {@code to >= k}. Above it ({@code from > k},
   * decreasing flow): 0 when {@code to >= from}, {@code +infinity} when {@code to <= k}. Otherwise
   * the closed form above, which holds on either side of {@code k} (the logarithm's argument
   * {@code (1 - x_b)/(1 - x_a)} is positive when {@code x_a, x_b} lie on the same side of 1).
   */
  public static double hittingTime(double m, double from, double to) {
    double k = fixedPoint(m);
    if (!(m > 0) || !(from > 0) || from == k) {
      throw new IllegalArgumentException("need m > 0 and 0 < from != k = " + k + "; got m = " + m
          + ", from = " + from);
    }
    boolean increasing = from < k;
    if (increasing ? to <= from : to >= from) {
      return 0;
    }
    if (increasing ? to >= k : to <= k) {
      return Double.POSITIVE_INFINITY;
    }
    double k3 = SQRT2 * m;
    double xa = from / k;
    double xb = to / k;
    double first = (to - from) / (from * to) / k3;
    double logOneMinus = -Math.log1p((xa - xb) / (1 - xa)) / 3;
    double logQuadratic = Math.log1p((xb - xa) * (1 + xa + xb) / (1 + xa + xa * xa)) / 6;
    double atanDifference = Math.atan((2 * (xb - xa) / SQRT3)
        / (1 + (2 * xb + 1) * (2 * xa + 1) / 3)) / SQRT3;
    return first + (logOneMinus + logQuadratic - atanDifference) / (k3 * k);
  }

  /**
   * {@code u(t)} of the reduced flow from {@code u(0) = theta > 0}: the root of
   * {@code hittingTime(m, theta, u) = t} between {@code theta} and {@code k}, by bisection to the
   * last bit ({@code t <= 0} or {@code theta = k} give {@code theta}; {@code t = +infinity} gives
   * {@code k}).
   */
  public static double magnitudeAt(double m, double theta, double t) {
    double k = fixedPoint(m);
    if (t <= 0 || theta == k) {
      return theta;
    }
    if (Double.isInfinite(t)) {
      return k;
    }
    boolean increasing = theta < k;
    double lo = Math.min(theta, k);
    double hi = Math.max(theta, k);
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      boolean reached = hittingTime(m, theta, mid) <= t;
      if (reached == increasing) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return increasing ? lo : hi;
  }

  /** {@code ||w_l|| = u^3 / sqrt 2} on the balanced, aligned trajectory. */
  public static double weightNorm(double u) {
    return u * u * u / SQRT2;
  }
}
