package org.tacit.group.model;

import java.util.Arrays;
import org.tacit.exact.BigRational;

/**
 * The right-hand side of the gradient flow (3) in exact arithmetic, in the printed design form:
 * with {@code r = y - sum_l u_l^2 X_l v_l},
 * {@code du_l/dt = (2/n) u_l v_l^T X_l^T r} and {@code dv_l/dt = (1/n) u_l^2 X_l^T r}. It reads
 * the design and the residual directly (no Gram matrix), so comparing it with
 * {@link ExactGramModel#gradient} is an independent evaluation of {@code -grad L_n}.
 *
 * <p>Contract: {@code x} is {@code n x p} with {@code n >= 1}, {@code y} has {@code n} entries,
 * {@code u} has {@code L} and {@code v} has {@code p}. Cost O(n p) big-number operations.
 *
 * <p>Spec: {@code LNHW:eq-3}.
 */
public final class ExactFlowField {

  private final GroupPartition groups;
  private final BigRational[][] x;
  private final BigRational[] y;

  /** The field of the design {@code x} and responses {@code y} with column groups {@code groups}. */
  public ExactFlowField(GroupPartition groups, BigRational[][] x, BigRational[] y) {
    if (x.length < 1 || y.length != x.length) {
      throw new IllegalArgumentException("X needs n >= 1 rows and y n entries");
    }
    for (BigRational[] row : x) {
      if (row.length != groups.dimension()) {
        throw new IllegalArgumentException("every row of X needs p = " + groups.dimension()
            + " entries");
      }
    }
    this.groups = groups;
    this.x = x;
    this.y = y;
  }

  /** The partition. */
  public GroupPartition groups() {
    return groups;
  }

  /** {@code X^T r / n} at {@code (u, v)}, with {@code r = y - X G(u, v)}. */
  public BigRational[] residualCorrelations(BigRational[] u, BigRational[] v) {
    BigRational[] w = GroupedWeights.of(groups, u, v);
    int n = x.length;
    int p = groups.dimension();
    BigRational[] s = new BigRational[p];
    Arrays.fill(s, BigRational.ZERO);
    for (int row = 0; row < n; row++) {
      BigRational fit = BigRational.ZERO;
      for (int j = 0; j < p; j++) {
        fit = fit.add(x[row][j].multiply(w[j]));
      }
      BigRational residual = y[row].subtract(fit);
      for (int j = 0; j < p; j++) {
        s[j] = s[j].add(x[row][j].multiply(residual));
      }
    }
    BigRational inverseN = BigRational.of(1, n);
    for (int j = 0; j < p; j++) {
      s[j] = s[j].multiply(inverseN);
    }
    return s;
  }

  /** The velocity {@code (du/dt, dv/dt)} of (3) at {@code (u, v)}. */
  public Velocity velocity(BigRational[] u, BigRational[] v) {
    BigRational[] s = residualCorrelations(u, v);
    BigRational[] du = new BigRational[groups.groupCount()];
    Arrays.fill(du, BigRational.ZERO);
    BigRational[] dv = new BigRational[groups.dimension()];
    for (int i = 0; i < dv.length; i++) {
      int l = groups.groupOf(i);
      dv[i] = u[l].multiply(u[l]).multiply(s[i]);
      du[l] = du[l].add(v[i].multiply(s[i]));
    }
    for (int l = 0; l < du.length; l++) {
      du[l] = du[l].multiply(BigRational.TWO).multiply(u[l]);
    }
    return new Velocity(du, dv);
  }

  /**
   * A velocity of the flow (3).
   *
   * @param u {@code du/dt} (length L)
   * @param v {@code dv/dt} (length p)
   */
  public record Velocity(BigRational[] u, BigRational[] v) {}
}
