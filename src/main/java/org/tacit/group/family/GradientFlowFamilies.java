package org.tacit.group.family;

import org.tacit.exact.BigRational;
import org.tacit.group.model.FlowEquationInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of the gradient flow (3) of LNHW on general (not orthogonal) rational
 * designs.
 *
 * <p>Spec: {@code LNHW:eq-3}.
 */
public final class GradientFlowFamilies {

  private GradientFlowFamilies() {}

  /**
   * {@code n in [2, 8]}, L in [1, 3] groups of sizes 1..3, integer entries of {@code X} in
   * {@code [-2, 2]} and of {@code y} in {@code [-4, 4]}; {@code u_l(0) in {1/4, ..., 1}} (so in
   * {@code R_+^L}), {@code v_i(0) in {-1, -3/4, ..., 1}}; horizon in {1/4, 1/2, 3/4, 1}.
   */
  public static InstanceFamily<FlowEquationInstance> generalDesigns() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "integer X in [-2, 2]^{n x p}, n in [2, 8], p <= 9, u in [1/4, 1], v in [-1, 1]";
      }

      @Override
      public FlowEquationInstance draw(Draws draws) {
        int groupCount = draws.intBetween(1, 3);
        int[] sizes = new int[groupCount];
        for (int l = 0; l < groupCount; l++) {
          sizes[l] = draws.intBetween(1, 3);
        }
        GroupPartition groups = GroupPartition.ofSizes(sizes);
        int p = groups.dimension();
        int n = draws.intBetween(2, 8);
        BigRational[][] x = new BigRational[n][p];
        BigRational[] y = new BigRational[n];
        for (int row = 0; row < n; row++) {
          for (int j = 0; j < p; j++) {
            x[row][j] = BigRational.of(draws.intBetween(-2, 2));
          }
          y[row] = BigRational.of(draws.intBetween(-4, 4));
        }
        BigRational[] u = new BigRational[groupCount];
        for (int l = 0; l < groupCount; l++) {
          u[l] = BigRational.of(draws.intBetween(1, 4), 4);
        }
        BigRational[] v = new BigRational[p];
        for (int i = 0; i < p; i++) {
          v[i] = BigRational.of(draws.intBetween(-4, 4), 4);
        }
        return new FlowEquationInstance(groups, x, y, u, v, draws.intBetween(1, 4) / 4.0);
      }
    };
  }
}
