package org.tacit.stepsize.model;

/**
 * Parameters {@code theta} realizing a given predictor {@code beta} (so that, if
 * {@code X beta = y}, {@code theta} is a solution in the sense of Definition 2.1), parametrized so
 * that every solution is reachable: the Lemmas hold at all solutions, and the generators draw the
 * parameters at random.
 *
 * <p>Depth D: every {@code theta} with {@code u_+^D - u_-^D = beta} is
 * {@code u_-^D = t, u_+^D = beta + t} for some offset {@code t}: for even D, {@code t >= 0} and
 * {@code beta + t >= 0}, and each of {@code u_+, u_-} may be negated; for odd D any real {@code t},
 * with real D-th roots. UV: every {@code theta} with {@code u_+ o v_+ - u_- o v_- = beta} is
 * {@code u_-, v_-} arbitrary and {@code (u_+, v_+) = (rho sqrt|c|, sign(c) sqrt|c| / rho)} with
 * {@code c = beta + u_- o v_-} and a ratio {@code rho != 0} (all of them when {@code c != 0}).
 *
 * <p>Rounding: {@code beta(theta)} equals {@code beta} up to about {@code (D + 2) eps} relative to
 * the monomial magnitudes. Spec: {@code NRSS:def-2.1}.
 */
public final class InterpolatingSolutions {

  private InterpolatingSolutions() {}

  /**
   * The depth-D parameters {@code u_+ = s_+ root(beta + t)}, {@code u_- = s_- root(t)} with signs
   * {@code s_+ = -1} where {@code negatePlus[i]} (even D only), likewise {@code s_-}.
   *
   * @throws IllegalArgumentException if for even D some {@code t_i < 0} or {@code beta_i + t_i < 0},
   *     or for odd D a negation is requested (it would change {@code beta}), or lengths differ
   */
  public static double[] depth(double[] beta, int depth, double[] offsets, boolean[] negatePlus,
      boolean[] negateMinus) {
    int d = beta.length;
    if (offsets.length != d || negatePlus.length != d || negateMinus.length != d) {
      throw new IllegalArgumentException("beta, offsets and signs must have the same length");
    }
    if (depth < 2) {
      throw new IllegalArgumentException("depth D must be >= 2");
    }
    boolean even = depth % 2 == 0;
    double[] theta = new double[2 * d];
    for (int i = 0; i < d; i++) {
      double plusPower = beta[i] + offsets[i];
      double minusPower = offsets[i];
      if (even && (minusPower < 0 || plusPower < 0)) {
        throw new IllegalArgumentException("even depth needs t_i >= 0 and beta_i + t_i >= 0 at " + i);
      }
      if (!even && (negatePlus[i] || negateMinus[i])) {
        throw new IllegalArgumentException("odd depth: negating u changes beta");
      }
      theta[i] = (negatePlus[i] ? -1 : 1) * root(plusPower, depth);
      theta[d + i] = (negateMinus[i] ? -1 : 1) * root(minusPower, depth);
    }
    return theta;
  }

  /**
   * The depth-D parameters with non-negative slack {@code s}: offset {@code t = max(-beta, 0) + s},
   * so {@code u_+ = (beta^+ + s)^{1/D} >= 0} and {@code u_- = (beta^- + s)^{1/D} >= 0}. With
   * {@code s = alpha^D 1} this is the family reached from the paper's initialization scale alpha
   * in the gradient-flow limit of depth 2 (up to the shape of the slack).
   */
  public static double[] depthWithSlack(double[] beta, int depth, double[] slack) {
    double[] offsets = new double[beta.length];
    for (int i = 0; i < beta.length; i++) {
      if (slack[i] < 0) {
        throw new IllegalArgumentException("slack must be >= 0");
      }
      offsets[i] = Math.max(-beta[i], 0) + slack[i];
    }
    return depth(beta, depth, offsets, new boolean[beta.length], new boolean[beta.length]);
  }

  /**
   * The UV parameters with the given {@code u_-, v_-} and ratios {@code rho_i != 0}.
   *
   * @throws IllegalArgumentException if lengths differ or some {@code rho_i} is zero or not finite
   */
  public static double[] uv(double[] beta, double[] uMinus, double[] vMinus, double[] ratios) {
    int d = beta.length;
    if (uMinus.length != d || vMinus.length != d || ratios.length != d) {
      throw new IllegalArgumentException("beta, u_-, v_- and ratios must have the same length");
    }
    double[] theta = new double[4 * d];
    for (int i = 0; i < d; i++) {
      if (ratios[i] == 0 || !Double.isFinite(ratios[i])) {
        throw new IllegalArgumentException("ratio must be finite and nonzero at " + i);
      }
      double c = beta[i] + uMinus[i] * vMinus[i];
      double magnitude = Math.sqrt(Math.abs(c));
      theta[i] = ratios[i] * magnitude;
      theta[d + i] = Math.signum(c) * magnitude / ratios[i];
      theta[2 * d + i] = uMinus[i];
      theta[3 * d + i] = vMinus[i];
    }
    return theta;
  }

  /** The real D-th root: non-negative for even D (argument must be >= 0), signed for odd D. */
  static double root(double value, int depth) {
    if (depth == 2) {
      return Math.sqrt(value);
    }
    if (depth == 3) {
      return Math.cbrt(value);
    }
    double magnitude = Math.pow(Math.abs(value), 1.0 / depth);
    return value < 0 ? -magnitude : magnitude;
  }
}
