package org.tacit.group.model;

/**
 * The times of LNHW Lemma 6 in double precision.
 *
 * <p>The slowest flow meeting the lemma's hypothesis
 * {@code (1/2) d(u^2)/dt >= (1 - 2B) sqrt(2) u^3 (u*)^2 - u^6 - sqrt(2) u^3 B (u*)^2} is
 * {@code u' = a u^2 - u^5} with {@code a = sqrt(2)(1 - 3B)(u*)^2}; below its fixed point
 * {@code r = a^(1/3)} it increases, and reaches {@code u} from {@code theta} at
 * {@code F(u) - F(theta)} where (partial fractions of {@code 1/(u^2 (r^3 - u^3))})
 * {@code F(u) = -1/(a u) + (1/(3 a r)) [-log(r - u) + (1/2) log(u^2 + r u + r^2)
 * - sqrt(3) atan((2u + r)/(sqrt(3) r))]}.
 *
 * <p>Contract: {@code 0 < B < 1/10}, {@code 0 < tau < 1/2}, {@code 0 < theta}, {@code u* > 0};
 * accuracy as stated at {@link LnhwTolerances#GROWTH_TIME}. Cost: O(1).
 *
 * <p>Spec: {@code LNHW:lem-6}.
 */
public final class ConvergenceTimes {

  private ConvergenceTimes() {}

  /** {@code a = sqrt(2)(1 - 3B)(u*)^2}. */
  public static double rate(ConvergenceTimeInstance instance) {
    return Math.sqrt(2) * (1 - 3 * instance.bound()) * instance.uStar() * instance.uStar();
  }

  /** The level {@code u} at which {@code u^3/sqrt(2) = level (u*)^2}. */
  public static double magnitudeAt(ConvergenceTimeInstance instance, double level) {
    return Math.cbrt(Math.sqrt(2) * level * instance.uStar() * instance.uStar());
  }

  /**
   * The time the slowest flow needs from {@code theta} to {@code u^3/sqrt(2) >= level (u*)^2}
   * (0 if already there); requires {@code level < 1 - 3B} (below the fixed point).
   */
  public static double hittingTime(ConvergenceTimeInstance instance, double level) {
    double target = magnitudeAt(instance, level);
    if (instance.theta() >= target) {
      return 0;
    }
    double a = rate(instance);
    return antiderivative(target, a) - antiderivative(instance.theta(), a);
  }

  /** The printed time {@code T = T_1 + T_2 log2(1/(2 tau))} of the statement. */
  public static double printedTime(ConvergenceTimeInstance instance) {
    return firstPhase(instance) + secondPhase(instance) * Math.log(1 / (2 * instance.tau()))
        / Math.log(2);
  }

  /** The proof's first phase {@code T_1 = 2^(1/3) (u*)^(4/3)/theta^2 / ((1 - 6B) sqrt(2) (u*)^2 theta)}. */
  public static double firstPhase(ConvergenceTimeInstance instance) {
    double uStar = instance.uStar();
    double theta = instance.theta();
    return Math.cbrt(2) * Math.pow(uStar, 4.0 / 3) / (theta * theta)
        / ((1 - 6 * instance.bound()) * Math.sqrt(2) * uStar * uStar * theta);
  }

  /**
   * The proof's halving phase
   * {@code T_2 = 2/(3 (u*)^2 (1/2 - 3B) (sqrt(2)(1/2 - 3B)(u*)^2)^(1/3))}.
   */
  public static double secondPhase(ConvergenceTimeInstance instance) {
    double half = 0.5 - 3 * instance.bound();
    double uStarSquared = instance.uStar() * instance.uStar();
    return 2 / (3 * uStarSquared * half * Math.cbrt(Math.sqrt(2) * half * uStarSquared));
  }

  private static double antiderivative(double u, double a) {
    double r = Math.cbrt(a);
    return -1 / (a * u) + (-Math.log(r - u) + 0.5 * Math.log(u * u + r * u + r * r)
        - Math.sqrt(3) * Math.atan((2 * u + r) / (Math.sqrt(3) * r))) / (3 * a * r);
  }
}
