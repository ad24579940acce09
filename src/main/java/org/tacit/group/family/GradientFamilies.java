package org.tacit.group.family;

import org.tacit.exact.BigRational;
import org.tacit.group.model.GradientInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Rational regression instances with a rational point for the loss, gradient and balancing
 * checkers: {@code n} in {@code [1, 5]}, {@code L} in {@code [1, 3]} groups of sizes in
 * {@code [1, 3]}, integer {@code X} entries in {@code [-3, 3]} and {@code y} entries in
 * {@code [-5, 5]}, {@code u_l = k/4 > 0} ({@code k} in {@code [1, 8]}), {@code v_i = k/4}
 * ({@code k} in {@code [-8, 8]}) and a step {@code h = 1/k}, {@code k} in {@code [1, 20]}. Every
 * instance meets the hypotheses ({@code u > 0}, {@code h > 0}) by construction.
 *
 * <p>Spec: {@code LNHW:rem-2.2}, {@code LNHW:rem-2.3}, {@code LNHW:eq-3}, {@code LNHW:lem-2}.
 */
public final class GradientFamilies {

  private GradientFamilies() {}

  /** The family described above. */
  public static InstanceFamily<GradientInstance> rational() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational X (n <= 5, entries in [-3, 3]), y in [-5, 5], L <= 3 groups of size"
            + " <= 3, u = k/4 > 0, v = k/4, h = 1/k";
      }

      @Override
      public GradientInstance draw(Draws draws) {
        int groupCount = draws.intBetween(1, 3);
        int[] sizes = new int[groupCount];
        for (int l = 0; l < groupCount; l++) {
          sizes[l] = draws.intBetween(1, 3);
        }
        GroupPartition groups = GroupPartition.ofSizes(sizes);
        int n = draws.intBetween(1, 5);
        int p = groups.dimension();
        BigRational[][] x = new BigRational[n][p];
        BigRational[] y = new BigRational[n];
        for (int row = 0; row < n; row++) {
          for (int j = 0; j < p; j++) {
            x[row][j] = BigRational.of(draws.between(-3, 3));
          }
          y[row] = BigRational.of(draws.between(-5, 5));
        }
        BigRational[] u = new BigRational[groupCount];
        for (int l = 0; l < groupCount; l++) {
          u[l] = BigRational.of(draws.between(1, 8), 4);
        }
        BigRational[] v = new BigRational[p];
        for (int i = 0; i < p; i++) {
          v[i] = BigRational.of(draws.between(-8, 8), 4);
        }
        return new GradientInstance(groups, x, y, u, v, BigRational.of(1, draws.between(1, 20)));
      }
    };
  }
}
