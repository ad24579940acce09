package org.tacit.group.model;

/**
 * The squared loss of the grouped model, {@code c L_n(u, v)} with
 * {@code L_n = ||y - X G(u, v)||^2 / (2n)} and {@code c} the {@link LossConvention}'s factor, and
 * its gradient, on an {@link GroupedDesign} in double precision (LNHW Section 2 and Appendix B):
 * with {@code r = y - X w} and {@code s = X^T r / n},
 * {@code dL_n/dv_i = -u_{g(i)}^2 s_i} and {@code dL_n/du_l = -2 u_l sum_{i in G_l} v_i s_i}.
 *
 * <p>Contract: O(n p) per evaluation; rounding of each gradient entry at most {@code gamma_{n+4}}
 * times the sum of the absolute values of its terms (see {@link LnhwTolerances#ALGEBRA}).
 *
 * <p>Spec: {@code LNHW:rem-2.3}, {@code LNHW:eq-3} (the right-hand side of the flow is minus this
 * gradient in the {@link LossConvention#PAPER} convention).
 */
public final class GroupedLoss {

  private final GroupedDesign design;
  private final LossConvention convention;

  /** The loss of {@code design} in {@code convention}. */
  public GroupedLoss(GroupedDesign design, LossConvention convention) {
    this.design = design;
    this.convention = convention;
  }

  /** The design. */
  public GroupedDesign design() {
    return design;
  }

  /** The normalisation. */
  public LossConvention convention() {
    return convention;
  }

  /** The loss at {@code (u, v)}. */
  public double value(double[] u, double[] v) {
    double[] r = design.residual(GroupedWeights.of(design.groups(), u, v));
    double sum = 0;
    for (double ri : r) {
      sum += ri * ri;
    }
    return convention.scale(design.samples()) * sum / (2.0 * design.samples());
  }

  /** The gradient at {@code (u, v)}: {@code gradU} (length L) and {@code gradV} (length p). */
  public Gradient gradient(double[] u, double[] v) {
    GroupPartition groups = design.groups();
    double[] s = design.correlations(design.residual(GroupedWeights.of(groups, u, v)));
    return fromCorrelations(groups, u, v, s, convention.scale(design.samples()));
  }

  /**
   * The gradient from the scaled residual correlations {@code s = X^T r / n}: shared with the Gram
   * form, where {@code s = c - Sigma w}.
   */
  public static Gradient fromCorrelations(GroupPartition groups, double[] u, double[] v,
      double[] s, double scale) {
    double[] gradU = new double[groups.groupCount()];
    double[] gradV = new double[groups.dimension()];
    for (int i = 0; i < gradV.length; i++) {
      int l = groups.groupOf(i);
      gradV[i] = -scale * u[l] * u[l] * s[i];
      gradU[l] += v[i] * s[i];
    }
    for (int l = 0; l < gradU.length; l++) {
      gradU[l] *= -2.0 * scale * u[l];
    }
    return new Gradient(gradU, gradV);
  }

  /**
   * A gradient: {@code u} part (length L) and {@code v} part (length p). The arrays are the
   * caller's.
   *
   * @param u {@code dL/du}
   * @param v {@code dL/dv}
   */
  public record Gradient(double[] u, double[] v) {}
}
