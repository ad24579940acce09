package org.tacit.verify;

/**
 * Bernstein's one-sided bound for simulated frequencies: a count of independent events of
 * probability at most {@code p} over {@code n} trials exceeds
 * {@code n p + sqrt(2 n p (1 - p) L) + 2L/3}, {@code L = log(1/falseAlarm)}, with probability at
 * most {@code falseAlarm}. A checker that compares a simulated count with this allowance fails a
 * correct probability bound only with that probability. O(1).
 */
public final class BinomialAllowance {

  private BinomialAllowance() {}

  /** {@code n p + deviation(n, p, falseAlarm)}. */
  public static double count(int trials, double p, double falseAlarm) {
    return p * trials + deviation(trials, p, falseAlarm);
  }

  /**
   * {@code sqrt(2 n p (1 - p) L) + 2 L / 3}, {@code L = log(1/falseAlarm)}: the deviation of a
   * binomial count above its mean allowed on one side.
   */
  public static double deviation(int trials, double p, double falseAlarm) {
    double level = Math.log(1 / falseAlarm);
    return Math.sqrt(2 * trials * p * (1 - p) * level) + 2 * level / 3;
  }
}
