package org.tacit.group.model;

/**
 * The perturbed single-group updates (4)-(5) of LNHW Appendix C.2 in double precision, on flat
 * arrays: the simulator that the worst-case tests of Lemmas 9-11 drive with adversarial
 * perturbations {@code (b_t, e_t)}. {@link SingleGroupUpdate} is the exact counterpart; the
 * {@code LNHW:eq-4} checker compares the two.
 *
 * <p>Contract: arrays of one call have equal length; {@code z} must be non-zero for
 * {@link #normalise}. Rounding: each entry of {@link #direction} is a sum of four rounded products,
 * relative error at most {@code gamma_6} of the sum of the absolute values of its terms;
 * {@link #normalise} adds {@code gamma_(d+3)} relative; {@link #magnitude} is accurate to
 * {@code gamma_(d+8)} relative to {@code u (1 + 2 gamma ((u*)^2 + u^2 + |e|))}. Cost: O(d).
 *
 * <p>Spec: {@code LNHW:eq-4}, {@code LNHW:eq-5}, {@code LNHW:eq-6}.
 */
public final class SingleGroupSimulator {

  private SingleGroupSimulator() {}

  /** Eq. (4): {@code z = v + eta u^2 ((u*)^2 v* - u^2 v) + eta u^2 b}. */
  public static double[] direction(double[] v, double u, double uStarSquared, double[] vStar,
      double eta, double[] b) {
    double uSquared = u * u;
    double weight = eta * uSquared;
    double[] z = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      z[i] = v[i] + weight * (uStarSquared * vStar[i] - uSquared * v[i] + b[i]);
    }
    return z;
  }

  /** {@code z / ||z||}. */
  public static double[] normalise(double[] z) {
    double sum = 0;
    for (double value : z) {
      sum += value * value;
    }
    double norm = Math.sqrt(sum);
    double[] v = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      v[i] = z[i] / norm;
    }
    return v;
  }

  /** Eq. (5): {@code u + 2 gamma u next^T((u*)^2 v* - u^2 next) + 2 gamma u e}. */
  public static double magnitude(double u, double uStarSquared, double[] vStar, double[] next,
      double gamma, double e) {
    double uSquared = u * u;
    double gradient = 0;
    for (int i = 0; i < next.length; i++) {
      gradient += next[i] * (uStarSquared * vStar[i] - uSquared * next[i]);
    }
    return u + 2 * gamma * u * (gradient + e);
  }
}
