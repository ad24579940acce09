package org.tacit.group.model;

import java.util.Arrays;

/**
 * The gradient flow (3) of LNHW on a {@link GroupedDesign}, in double precision, as a
 * {@link FlowField} on the flat state {@code z = (u_1, ..., u_L, v_1, ..., v_p)}:
 * {@code du_l/dt = (2/n) u_l v_l^T X_l^T r}, {@code dv_l/dt = (1/n) u_l^2 X_l^T r},
 * {@code r = y - X G(u, v)}, i.e. minus the gradient of {@code L_n = ||y - Xw||^2 / (2n)}
 * ({@link GroupedLoss} in the {@link LossConvention#PAPER} convention).
 *
 * <p>Contract: O(n p) per evaluation; each entry rounds with relative error at most
 * {@code gamma_{n+4}} of the sum of the absolute values of its terms.
 *
 * <p>Spec: {@code LNHW:eq-3}.
 */
public final class GroupedGradientFlow implements FlowField {

  private final GroupedDesign design;

  /** The flow of {@code design}. */
  public GroupedGradientFlow(GroupedDesign design) {
    this.design = design;
  }

  /** The design. */
  public GroupedDesign design() {
    return design;
  }

  /** The state {@code (u, v)} flattened. */
  public static double[] state(double[] u, double[] v) {
    double[] z = new double[u.length + v.length];
    System.arraycopy(u, 0, z, 0, u.length);
    System.arraycopy(v, 0, z, u.length, v.length);
    return z;
  }

  /** The {@code u} part of a state. */
  public double[] u(double[] z) {
    return Arrays.copyOfRange(z, 0, design.groups().groupCount());
  }

  /** The {@code v} part of a state. */
  public double[] v(double[] z) {
    return Arrays.copyOfRange(z, design.groups().groupCount(), z.length);
  }

  /** {@code w = G(u, v)} of a state. */
  public double[] weights(double[] z) {
    return GroupedWeights.of(design.groups(), u(z), v(z));
  }

  @Override
  public void evaluate(double[] z, double[] dz) {
    GroupPartition groups = design.groups();
    int groupCount = groups.groupCount();
    double[] u = u(z);
    double[] v = v(z);
    double[] s = design.correlations(design.residual(GroupedWeights.of(groups, u, v)));
    Arrays.fill(dz, 0, groupCount, 0.0);
    for (int i = 0; i < v.length; i++) {
      int l = groups.groupOf(i);
      dz[groupCount + i] = u[l] * u[l] * s[i];
      dz[l] += v[i] * s[i];
    }
    for (int l = 0; l < groupCount; l++) {
      dz[l] *= 2.0 * u[l];
    }
  }
}
