package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The recovery window of LNHW Theorem 2 with explicit constants, computed from the exact
 * orthogonal reduction ({@link OrthogonalFlowReduction}; inventory LG-DER-3, LG-THM-2). With
 * {@code m_l = ||a_l||}, {@code a_l = X_l^T y / n}:
 * <ul>
 *   <li>{@code entry = t_in = max_{l in S} t_l}, where {@code t_l} is the time at which
 *       {@code ||w_l|| = u_l^3 / sqrt 2} reaches {@code m_l - eps} (0 if {@code m_l - eps} is below
 *       the starting {@code theta^3 / sqrt 2});</li>
 *   <li>{@code exit = t_out = min_{l not in S}} of the time at which {@code u_l} reaches
 *       {@code sqrt theta} ({@code +infinity} when {@code k_l <= sqrt theta}, since then
 *       {@code u_l < k_l <= sqrt theta} forever, or when {@code theta >= k_l}, since then
 *       {@code u_l} decreases).</li>
 * </ul>
 * Since each {@code u_l} is monotone towards {@code k_l} and {@code w_l = (u_l^3/(sqrt 2 m_l)) a_l},
 * for every {@code t} in {@code [t_in, t_out]}: off-support {@code ||w_l||_inf <= ||w_l|| <=
 * theta^{3/2} / sqrt 2}; support {@code ||w_l - w_l*||_inf <= (1 - ||w_l||/m_l) ||a_l||_inf +
 * ||g_l||_inf <= eps + ||g||_inf <= 2 (||g||_inf v eps)}.
 *
 * <p>Also the explicit bounds {@code T_in^+ = max_{l in S} [1/(sqrt 2 m_l theta)
 * + log(3 m_l / eps) / (3 (sqrt 2 m_l)^{4/3})] >= t_in} (from
 * {@code int_0^x s/(1 - s^3) ds <= -(1/3) log(1 - x)} and {@code 1 - x_b >= (1 - x_b^3)/3}) and
 * {@code T_out^- = min_{l not in S} (1/theta - 1/sqrt theta)/(sqrt 2 m_l) <= t_out} (from
 * {@code u' <= sqrt 2 m_l u^2}).
 *
 * <p>Contract: the instance has {@code a_l != 0} for every l, {@code 0 < theta < 1},
 * {@code eps > 0}. Cost O(p) plus a few transcendental functions per group.
 *
 * <p>Spec: {@code LNHW:thm-2}, {@code LNHW:rem-B.3}.
 *
 * @param magnitudes {@code m_l = ||a_l||}
 * @param entry {@code t_in}
 * @param exit {@code t_out} (possibly {@code +infinity})
 * @param entryBound {@code T_in^+}
 * @param exitBound {@code T_out^-} ({@code +infinity} with no off-support group)
 */
public record OrthogonalFlowWindow(double[] magnitudes, double entry, double exit,
    double entryBound, double exitBound) {

  private static final double SQRT2 = Math.sqrt(2);

  /** The window of {@code instance}. */
  public static OrthogonalFlowWindow of(OrthogonalFlowInstance instance) {
    GroupPartition groups = instance.groups();
    BigRational[] a = instance.correlations();
    double theta = instance.theta().doubleValue();
    double eps = instance.epsilon().doubleValue();
    double rootTheta = Math.sqrt(theta);
    double[] m = new double[groups.groupCount()];
    double entry = 0;
    double exit = Double.POSITIVE_INFINITY;
    double entryBound = 0;
    double exitBound = Double.POSITIVE_INFINITY;
    for (int l = 0; l < m.length; l++) {
      m[l] = Math.sqrt(OrthogonalFacts.groupSquaredNorm(groups, a, l).doubleValue());
      double k = OrthogonalFlowReduction.fixedPoint(m[l]);
      if (instance.inSupport(l)) {
        double target = m[l] - eps;
        if (target > OrthogonalFlowReduction.weightNorm(theta)) {
          entry = Math.max(entry, OrthogonalFlowReduction.hittingTime(m[l], theta,
              Math.cbrt(SQRT2 * target)));
          entryBound = Math.max(entryBound, 1 / (SQRT2 * m[l] * theta)
              + Math.log(3 * m[l] / eps) / (3 * Math.pow(SQRT2 * m[l], 4.0 / 3)));
        }
      } else {
        exitBound = Math.min(exitBound, (1 / theta - 1 / rootTheta) / (SQRT2 * m[l]));
        if (theta < k && rootTheta < k) {
          exit = Math.min(exit, OrthogonalFlowReduction.hittingTime(m[l], theta, rootTheta));
        }
      }
    }
    return new OrthogonalFlowWindow(m, entry, exit, entryBound, exitBound);
  }

  /** {@code u_l(t)} of the reduced flow from {@code theta} ({@code t = +infinity}: the limit). */
  public double magnitudeAt(int l, double theta, double t) {
    return OrthogonalFlowReduction.magnitudeAt(magnitudes[l], theta, t);
  }
}
