package org.tacit.group.model;

/**
 * The parameters of LNHW Theorem 3 and the iteration counts its statement and proof (Appendix
 * D.1) define, in double precision.
 *
 * <p>With {@code zeta = 80 max(||X^T xi/n||_inf, eps)} (rem-4.2) and
 * {@code m = max(zeta, (u*_min)^2)}: {@code T_1 = log((u*_max)^2/(2 alpha^2)) / (2 log(1 +
 * gamma m/2))}, {@code m_0 = floor(log_2((u*_max)^2/zeta))} (clamped at 0: when
 * {@code zeta >= (u*_max)^2} the bound already holds at initialisation, D.1),
 * {@code T_2 = m_0 * 5/(2 gamma m)}, {@code T_lb = T_1 + T_2} and
 * {@code T_ub = (5/(16 gamma m)) log(1/alpha^4)}; Lemma 14's time for a perturbation bound
 * {@code B} is {@code T_3 = log(1/alpha^4)/(32 gamma B)}, equal to {@code T_ub} at the proof's
 * largest {@code B = m/10}.
 *
 * <p>Contract: every quantity uses {@code log1p} and {@code log} of positive finite arguments; its
 * relative error is a few units of roundoff (see {@link LnhwTolerances#ITERATION_COUNTS}). O(1).
 *
 * @param uStarMinSquared {@code (u*_min)^2 > 0}
 * @param uStarMaxSquared {@code (u*_max)^2 >= (u*_min)^2}
 * @param groupCount {@code L >= 1}
 * @param supportGroups {@code s} in {@code [1, L]}
 * @param epsilon the precision {@code eps > 0}
 * @param noiseInf {@code ||X^T xi / n||_inf >= 0}
 * @param alpha the initial magnitude
 * @param gamma the u-step
 *
 * <p>Spec: {@code LNHW:thm-3}, {@code LNHW:rem-4.2}, {@code LNHW:rem-D.1.1},
 * {@code LNHW:rem-D.1.2}.
 */
public record IterationWindow(double uStarMinSquared, double uStarMaxSquared, int groupCount,
    int supportGroups, double epsilon, double noiseInf, double alpha, double gamma) {

  /** {@code zeta = 80 max(||X^T xi/n||_inf, eps)} (rem-4.2). */
  public double zeta() {
    return 80 * Math.max(noiseInf, epsilon);
  }

  /** {@code m = max(zeta, (u*_min)^2)}. */
  public double m() {
    return Math.max(zeta(), uStarMinSquared);
  }

  /** Theorem 3's bound on alpha: {@code min(min(eps^4, 1)/(u*_max)^8, (u*_min)^2/(80 L), eps/L)}. */
  public double alphaBound() {
    double uMax8 = Math.pow(uStarMaxSquared, 4);
    return Math.min(Math.min(Math.pow(epsilon, 4), 1) / uMax8,
        Math.min(uStarMinSquared / (80.0 * groupCount), epsilon / groupCount));
  }

  /** Theorem 3's bound on gamma: {@code 1/(20 (u*_max)^2)}. */
  public double gammaBound() {
    return 1 / (20 * uStarMaxSquared);
  }

  /** {@code T_1}. */
  public double phaseOneSteps() {
    return Math.log(uStarMaxSquared / (2 * alpha * alpha)) / (2 * Math.log1p(gamma * m() / 2));
  }

  /** {@code m_0 = max(0, floor(log_2((u*_max)^2 / zeta)))}. */
  public int halvings() {
    return (int) Math.max(0, Math.floor(Math.log(uStarMaxSquared / zeta()) / Math.log(2)));
  }

  /** {@code T_2 = m_0 * 5/(2 gamma m)}. */
  public double phaseTwoSteps() {
    return halvings() * 5 / (2 * gamma * m());
  }

  /** {@code T_lb = T_1 + T_2}. */
  public double lowerSteps() {
    return phaseOneSteps() + phaseTwoSteps();
  }

  /** {@code T_ub = (5/(16 gamma m)) log(1/alpha^4)}. */
  public double upperSteps() {
    return 5 / (16 * gamma * m()) * -4 * Math.log(alpha);
  }

  /** Lemma 14's {@code T_3 = log(1/alpha^4)/(32 gamma B)} for the perturbation bound {@code b}. */
  public double offSupportSteps(double b) {
    return -4 * Math.log(alpha) / (32 * gamma * b);
  }

  /** The proof's bound {@code T_1 <= (2/(gamma m)) log((u*_max)^2/(2 alpha^2))}. */
  public double phaseOneBound() {
    return 2 / (gamma * m()) * Math.log(uStarMaxSquared / (2 * alpha * alpha));
  }

  /**
   * The lower bound {@code T_1 >= log((u*_max)^2/(2 alpha^2)) / (gamma m)} from
   * {@code log(1 + x) <= x}.
   */
  public double phaseOneFloor() {
    return Math.log(uStarMaxSquared / (2 * alpha * alpha)) / (gamma * m());
  }
}
