package org.tacit.group.model;

/**
 * When Algorithm 2 (LNHW Section 4) replaces the v-step {@code 1/u_l(t)^4} of Algorithm 1 by a
 * constant {@code eta}. The switching step {@code T_s} is the index of the first update made with
 * the constant step (updates {@code t >= T_s} use {@code eta}):
 * <ul>
 *   <li>{@link Kind#NEVER}: Algorithm 1 ({@code T_s} never);</li>
 *   <li>{@link Kind#THEORY} (Theorem 4): {@code T_s} is the first {@code t} with
 *       {@code u_l(t)^2 >= (u_l*)^2 / 2} for every group, {@code (u_l*)^2 = ||w_l*||} (trivial off
 *       the support, where the target is 0);</li>
 *   <li>{@link Kind#PRACTICAL} (Section 4): {@code T_s = t + 1} for the first update {@code t}
 *       with {@code max_l |u_l(t+1) - u_l(t)| / |u_l(t) + varepsilon| < tau};</li>
 *   <li>{@link Kind#PRACTICAL_FROM_ONE} (the authors' code): the same test against the previous
 *       epoch's {@code u}, where the "previous" {@code u} before the first update is {@code 1}
 *       (not {@code u(0)});</li>
 *   <li>{@link Kind#FIXED_STEP}: {@code T_s} given.</li>
 * </ul>
 *
 * <p>Immutable. Spec: {@code LNHW:alg-2}, {@code LNHW:rem-D.3.1}.
 *
 * @param kind the rule
 * @param targetMagnitudes {@code (u_l*)^2 = ||w_l*||} per group (THEORY; empty otherwise)
 * @param tolerance {@code tau > 0} (PRACTICAL rules)
 * @param epsilon {@code varepsilon >= 0} (PRACTICAL rules)
 * @param fixedStep {@code T_s >= 0} (FIXED_STEP)
 */
public record SwitchRule(Kind kind, double[] targetMagnitudes, double tolerance, double epsilon,
    long fixedStep) {

  /** The rules. */
  public enum Kind {
    /** Never switch (Algorithm 1). */
    NEVER,
    /** {@code u_l^2 >= (u_l*)^2 / 2} for all l. */
    THEORY,
    /** Relative change of u below tau. */
    PRACTICAL,
    /** Relative change of u below tau, the previous u initialised to 1 (the authors' code). */
    PRACTICAL_FROM_ONE,
    /** A given step. */
    FIXED_STEP
  }

  /** Copies the targets. */
  public SwitchRule {
    targetMagnitudes = targetMagnitudes.clone();
  }

  /** Algorithm 1: never switch. */
  public static SwitchRule never() {
    return new SwitchRule(Kind.NEVER, new double[0], Double.NaN, Double.NaN, -1);
  }

  /** Theorem 4's rule with targets {@code (u_l*)^2 = ||w_l*||} per group. */
  public static SwitchRule theory(double[] targetMagnitudes) {
    return new SwitchRule(Kind.THEORY, targetMagnitudes, Double.NaN, Double.NaN, -1);
  }

  /** The practical rule of Section 4 with tolerance {@code tau} and {@code varepsilon}. */
  public static SwitchRule practical(double tau, double epsilon) {
    return new SwitchRule(Kind.PRACTICAL, new double[0], tau, epsilon, -1);
  }

  /** The authors' code's practical rule (previous u initialised to 1). */
  public static SwitchRule practicalFromOne(double tau, double epsilon) {
    return new SwitchRule(Kind.PRACTICAL_FROM_ONE, new double[0], tau, epsilon, -1);
  }

  /** Switch at the given step. */
  public static SwitchRule fixedStep(long step) {
    return new SwitchRule(Kind.FIXED_STEP, new double[0], Double.NaN, Double.NaN, step);
  }

  /** The targets (a copy). */
  @Override
  public double[] targetMagnitudes() {
    return targetMagnitudes.clone();
  }

  /** THEORY: whether {@code u_l^2 >= target_l / 2} for every group at {@code u}. */
  public boolean theoryHolds(double[] u) {
    for (int l = 0; l < targetMagnitudes.length; l++) {
      if (u[l] * u[l] < targetMagnitudes[l] / 2) {
        return false;
      }
    }
    return true;
  }

  /**
   * PRACTICAL: whether {@code max_l |next_l - previous_l| / |previous_l + varepsilon| < tau}.
   */
  public boolean practicalHolds(double[] previous, double[] next) {
    double max = 0;
    for (int l = 0; l < next.length; l++) {
      max = Math.max(max, Math.abs(next[l] - previous[l]) / Math.abs(previous[l] + epsilon));
    }
    return max < tolerance;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NEVER -> "never";
      case THEORY -> "theory";
      case PRACTICAL -> "practical(tau=" + tolerance + ", eps=" + epsilon + ")";
      case PRACTICAL_FROM_ONE -> "practical-from-one(tau=" + tolerance + ", eps=" + epsilon + ")";
      case FIXED_STEP -> "fixed(" + fixedStep + ")";
    };
  }
}
