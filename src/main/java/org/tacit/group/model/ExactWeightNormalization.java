package org.tacit.group.model;

import java.math.BigInteger;
import java.util.Optional;
import org.tacit.exact.BigRational;

/**
 * One update of Algorithms 1 and 2 (LNHW Section 4) in exact rational arithmetic, in two
 * independent forms, for the exact checks:
 * <ul>
 *   <li>{@link #literalDirections}: {@code z = v - eta grad_v L} with {@code eta_l = 1/u_l^4} and
 *       the gradient of {@link ExactGramModel} (Gram form, the paper's literal update);</li>
 *   <li>{@link #scaledDirections}: {@code u_l^2 v_l + c X_l^T (y - X w) / n} from the design
 *       itself (the overflow-free form of the double implementation, inventory LG-DER-1).</li>
 * </ul>
 * Normalisation needs a square root: {@link #normalize} is exact when every group's squared norm
 * is the square of a rational (rational unit vectors, Pythagorean tuples, groups of size 1) and
 * empty otherwise. A group with {@code z_l = 0} keeps its previous direction (the guard of the
 * double implementation).
 *
 * <p>Cost: O(n p + p^2) big-number operations per call. Spec: {@code LNHW:alg-1},
 * {@code LNHW:alg-2}, {@code LNHW:rem-4.6}.
 */
public final class ExactWeightNormalization {

  private ExactWeightNormalization() {}

  /**
   * The literal v-step {@code z_l = v_l - u_l^{-4} grad_{v_l} L(u, v)} (requires {@code u > 0}).
   */
  public static BigRational[] literalDirections(ExactGramModel model, BigRational[] u,
      BigRational[] v, LossConvention convention) {
    GroupPartition groups = model.groups();
    BigRational[] gradV = model.gradient(u, v, convention).v();
    BigRational[] z = new BigRational[v.length];
    for (int i = 0; i < z.length; i++) {
      BigRational eta = u[groups.groupOf(i)].pow(4).reciprocal();
      z[i] = v[i].subtract(eta.multiply(gradV[i]));
    }
    return z;
  }

  /** The constant-step v-step {@code z = v - eta grad_v L(u, v)} (Algorithm 2 after the switch). */
  public static BigRational[] constantStepDirections(ExactGramModel model, BigRational[] u,
      BigRational[] v, LossConvention convention, BigRational eta) {
    BigRational[] gradV = model.gradient(u, v, convention).v();
    BigRational[] z = new BigRational[v.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = v[i].subtract(eta.multiply(gradV[i]));
    }
    return z;
  }

  /**
   * The scaled v-step {@code u_l^2 v_l + c (X^T (y - X G(u, v)) / n)_l}, from the rational design
   * {@code x} ({@code n x p}) and responses {@code y}.
   */
  public static BigRational[] scaledDirections(GroupPartition groups, BigRational[][] x,
      BigRational[] y, BigRational[] u, BigRational[] v, LossConvention convention) {
    int n = x.length;
    int p = groups.dimension();
    BigRational[] w = GroupedWeights.of(groups, u, v);
    BigRational[] r = new BigRational[n];
    for (int row = 0; row < n; row++) {
      BigRational fit = BigRational.ZERO;
      for (int i = 0; i < p; i++) {
        fit = fit.add(x[row][i].multiply(w[i]));
      }
      r[row] = y[row].subtract(fit);
    }
    BigRational c = convention.exactScale(n);
    BigRational[] z = new BigRational[p];
    for (int i = 0; i < p; i++) {
      BigRational s = BigRational.ZERO;
      for (int row = 0; row < n; row++) {
        s = s.add(x[row][i].multiply(r[row]));
      }
      z[i] = w[i].add(c.multiply(s).divide(BigRational.of(n)));
    }
    return z;
  }

  /** The exact square root of {@code q >= 0} when it is rational. */
  public static Optional<BigRational> sqrt(BigRational q) {
    if (q.signum() < 0) {
      return Optional.empty();
    }
    BigInteger a = q.numerator().sqrt();
    BigInteger b = q.denominator().sqrt();
    if (!a.multiply(a).equals(q.numerator()) || !b.multiply(b).equals(q.denominator())) {
      return Optional.empty();
    }
    return Optional.of(BigRational.of(a, b));
  }

  /** {@code ||z_l||^2} of group {@code l}. */
  public static BigRational squaredNorm(GroupPartition groups, BigRational[] z, int l) {
    BigRational sum = BigRational.ZERO;
    for (int k = 0; k < groups.size(l); k++) {
      BigRational zi = z[groups.member(l, k)];
      sum = sum.add(zi.multiply(zi));
    }
    return sum;
  }

  /**
   * {@code v_l = z_l / ||z_l||} per group ({@code previous_l} where {@code z_l = 0}); empty when
   * some norm is irrational.
   */
  public static Optional<BigRational[]> normalize(GroupPartition groups, BigRational[] z,
      BigRational[] previous) {
    BigRational[] v = new BigRational[z.length];
    for (int l = 0; l < groups.groupCount(); l++) {
      BigRational normSquared = squaredNorm(groups, z, l);
      Optional<BigRational> norm = sqrt(normSquared);
      if (norm.isEmpty()) {
        return Optional.empty();
      }
      for (int k = 0; k < groups.size(l); k++) {
        int i = groups.member(l, k);
        v[i] = normSquared.isZero() ? previous[i] : z[i].divide(norm.get());
      }
    }
    return Optional.of(v);
  }

  /**
   * The u-step {@code u - gamma grad_u L(u, vGradient)}: {@code vGradient = v(t+1)} for
   * Gauss-Seidel (the paper), {@code v(t)} for Jacobi.
   */
  public static BigRational[] uStep(ExactGramModel model, BigRational[] u,
      BigRational[] vGradient, LossConvention convention, BigRational gamma) {
    BigRational[] gradU = model.gradient(u, vGradient, convention).u();
    BigRational[] next = new BigRational[u.length];
    for (int l = 0; l < u.length; l++) {
      next[l] = u[l].subtract(gamma.multiply(gradU[l]));
    }
    return next;
  }
}
