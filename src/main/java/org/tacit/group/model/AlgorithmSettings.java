package org.tacit.group.model;

/**
 * The settings of Algorithms 1 and 2 (LNHW Section 4) other than the initialisation: the u-step
 * {@code gamma}, the loss normalisation, the update order, the switching rule and the constant
 * v-step after the switch.
 *
 * <p>Spec: {@code LNHW:alg-1}, {@code LNHW:alg-2}.
 *
 * @param gamma the u-step {@code gamma > 0}
 * @param convention the loss normalisation ({@link LossConvention#PAPER} in the paper)
 * @param order the update order ({@link UpdateOrder#GAUSS_SEIDEL} in the paper)
 * @param rule when to switch to the constant v-step ({@link SwitchRule#never()}: Algorithm 1)
 * @param constantStep the constant v-step {@code eta} of Algorithm 2 ({@code > 0}; unused by
 *     Algorithm 1)
 */
public record AlgorithmSettings(double gamma, LossConvention convention, UpdateOrder order,
    SwitchRule rule, double constantStep) {

  /** Validates {@code gamma > 0} and, for Algorithm 2, {@code eta > 0}. */
  public AlgorithmSettings {
    if (!(gamma > 0) || !Double.isFinite(gamma)) {
      throw new IllegalArgumentException("gamma must be finite and > 0, got " + gamma);
    }
    if (rule.kind() != SwitchRule.Kind.NEVER && !(constantStep > 0)) {
      throw new IllegalArgumentException("eta must be > 0, got " + constantStep);
    }
  }

  /** Algorithm 1 in the paper's convention and order. */
  public static AlgorithmSettings algorithmOne(double gamma) {
    return new AlgorithmSettings(gamma, LossConvention.PAPER, UpdateOrder.GAUSS_SEIDEL,
        SwitchRule.never(), Double.NaN);
  }

  /** Algorithm 2 in the paper's order, with the given rule and constant step. */
  public static AlgorithmSettings algorithmTwo(double gamma, SwitchRule rule, double eta) {
    return new AlgorithmSettings(gamma, LossConvention.PAPER, UpdateOrder.GAUSS_SEIDEL, rule, eta);
  }

  /** These settings in another convention. */
  public AlgorithmSettings withConvention(LossConvention other) {
    return new AlgorithmSettings(gamma, other, order, rule, constantStep);
  }

  /** These settings in another order. */
  public AlgorithmSettings withOrder(UpdateOrder other) {
    return new AlgorithmSettings(gamma, convention, other, rule, constantStep);
  }
}
