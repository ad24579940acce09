package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The perturbed single-group updates of LNHW Appendix C.2, exact: the direction step (4)
 * {@code z(t+1) = v(t) + eta_t u^2(t) ((u*)^2 v* - u^2(t) v(t)) + eta_t u^2(t) b_t}, its large-step
 * form (6) {@code z(t+1) = ((u*)^2 v* + b_t) / u^2(t)} (eta_t = 1/u^4(t)), and the magnitude step
 * (5) {@code u(t+1) = u(t) + 2 gamma u(t) v(t+1)^T ((u*)^2 v* - u^2(t) v(t+1)) + 2 gamma u(t) e_t}.
 * The normalisation {@code v(t+1) = z(t+1)/||z(t+1)||} is not rational in general; callers pass
 * the normalised direction where (5) needs it.
 *
 * <p>Contract: exact; vectors of one call have equal lengths. Cost: O(d) rational operations.
 *
 * <p>Spec: {@code LNHW:eq-4}, {@code LNHW:eq-5}, {@code LNHW:eq-6}.
 */
public final class SingleGroupUpdate {

  private SingleGroupUpdate() {}

  /**
   * Eq. (4): {@code z(t+1)} from the current direction {@code v}, {@code u^2 = uSquared}, the
   * target {@code (u*)^2 v*}, the step {@code eta} and the perturbation {@code b}.
   */
  public static BigRational[] direction(BigRational[] v, BigRational uSquared,
      BigRational uStarSquared, BigRational[] vStar, BigRational eta, BigRational[] b) {
    BigRational[] z = new BigRational[v.length];
    BigRational weight = eta.multiply(uSquared);
    for (int i = 0; i < v.length; i++) {
      BigRational gradient = uStarSquared.multiply(vStar[i]).subtract(uSquared.multiply(v[i]))
          .add(b[i]);
      z[i] = v[i].add(weight.multiply(gradient));
    }
    return z;
  }

  /**
   * Lemma 16's rewriting of (4):
   * {@code eta u^2 (u*)^2 v* + (1 - eta u^4) v + eta u^2 b} (equal to {@link #direction}).
   */
  public static BigRational[] directionRegrouped(BigRational[] v, BigRational uSquared,
      BigRational uStarSquared, BigRational[] vStar, BigRational eta, BigRational[] b) {
    BigRational weight = eta.multiply(uSquared);
    BigRational keep = BigRational.ONE.subtract(eta.multiply(uSquared.pow(2)));
    return RationalUnitVectors.add(RationalUnitVectors.add(
        RationalUnitVectors.scale(weight.multiply(uStarSquared), vStar),
        RationalUnitVectors.scale(keep, v)), RationalUnitVectors.scale(weight, b));
  }

  /** Eq. (6): {@code z(t+1) = ((u*)^2 v* + b) / u^2}. */
  public static BigRational[] largeStepDirection(BigRational uSquared, BigRational uStarSquared,
      BigRational[] vStar, BigRational[] b) {
    return RationalUnitVectors.scale(uSquared.reciprocal(),
        RationalUnitVectors.add(RationalUnitVectors.scale(uStarSquared, vStar), b));
  }

  /**
   * Eq. (5): {@code u(t+1)} from {@code u = u(t)}, the normalised new direction {@code next},
   * the target, the step {@code gamma} and the scalar perturbation {@code e}.
   */
  public static BigRational magnitude(BigRational u, BigRational uStarSquared,
      BigRational[] vStar, BigRational[] next, BigRational gamma, BigRational e) {
    BigRational uSquared = u.pow(2);
    BigRational gradient = RationalUnitVectors.dot(next, RationalUnitVectors.subtract(
        RationalUnitVectors.scale(uStarSquared, vStar),
        RationalUnitVectors.scale(uSquared, next)));
    BigRational twoGammaU = BigRational.TWO.multiply(gamma).multiply(u);
    return u.add(twoGammaU.multiply(gradient)).add(twoGammaU.multiply(e));
  }
}
