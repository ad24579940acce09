package org.tacit.group.family;

import org.tacit.exact.BigRational;
import org.tacit.group.model.FrozenDirectionInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.HadamardDesign;
import org.tacit.group.model.OrthogonalFlowInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in orthogonal-design instances of LNHW Section 3.2 and Appendix B: Sylvester-Hadamard
 * designs ({@code X^T X / n = I} exactly), group-sparse {@code w*} whose group directions are
 * Pythagorean unit vectors (so {@code ||w_l*||} is rational), and noise chosen through
 * {@code g = X^T xi / n}: with {@code Sigma = I}, {@code xi = X g} realises it, so
 * {@code y = X (w* + g)} and {@code X^T y / n = w* + g} exactly.
 *
 * <p>Spec: {@code LNHW:lem-4}, {@code LNHW:thm-2}, {@code LNHW:rem-B.2}, {@code LNHW:rem-B.3}.
 */
public final class OrthogonalFlowFamilies {

  /** Integer vectors with integer norm (last entry: the norm), one list per size 1..4. */
  private OrthogonalFlowFamilies() {}

  /**
   * Instances of Theorem 2 meeting its hypotheses by construction: L in [2, 4] groups of sizes
   * 1..4, Hadamard {@code n = 8} or 16; a support S with at least one group in and one out;
   * {@code ||w_l*|| in {1/2, 3/4, 1}} on S; noise entries {@code |g_i| in [1, 10] (u*_min)^2/2000}
   * (non-zero, so every {@code a_l != 0}, and {@code ||g_l||_2 <= 2 max_i |g_i| <= (u*_min)^2/100});
   * {@code eps = j (u*_min)^2 / 20}, j in [2, 10]; {@code theta = kappa eps / (2 (u*_max)^2)},
   * {@code kappa in [0.2, 0.9]} (so {@code theta < 1}).
   */
  public static InstanceFamily<OrthogonalFlowInstance> recovery() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Hadamard n in {8, 16}, L in [2, 4], Pythagorean w*_l, |g_i| <= (u*_min)^2/200, "
            + "theta = kappa eps / (2 (u*_max)^2)";
      }

      @Override
      public OrthogonalFlowInstance draw(Draws draws) {
        int groupCount = draws.intBetween(2, 4);
        int[] sizes = new int[groupCount];
        for (int l = 0; l < groupCount; l++) {
          sizes[l] = draws.intBetween(1, 4);
        }
        GroupPartition groups = GroupPartition.ofSizes(sizes);
        int p = groups.dimension();
        int k = p <= 8 ? 3 : 4;
        boolean[] support = new boolean[groupCount];
        int in = draws.intBetween(0, groupCount - 1);
        int out = (in + draws.intBetween(1, groupCount - 1)) % groupCount;
        for (int l = 0; l < groupCount; l++) {
          support[l] = l == in || (l != out && draws.coin());
        }
        BigRational[] truth = new BigRational[p];
        BigRational largest = BigRational.ZERO;
        BigRational smallest = BigRational.ONE;
        for (int l = 0; l < groupCount; l++) {
          BigRational magnitude = support[l] ? BigRational.of(draws.intBetween(2, 4), 4)
              : BigRational.ZERO;
          BigRational[] direction = RationalSphere.fullSupportDirection(draws, sizes[l]);
          for (int s = 0; s < sizes[l]; s++) {
            truth[groups.member(l, s)] = magnitude.multiply(direction[s]);
          }
          if (support[l]) {
            largest = largest.max(magnitude);
            smallest = smallest.min(magnitude);
          }
        }
        BigRational[] correlations = new BigRational[p];
        BigRational noiseUnit = smallest.multiply(BigRational.of(1, 2000));
        for (int i = 0; i < p; i++) {
          BigRational gi = noiseUnit.multiply(BigRational.of(draws.intBetween(1, 10)));
          correlations[i] = truth[i].add(draws.coin() ? gi : gi.negate());
        }
        BigRational epsilon = smallest.multiply(BigRational.of(draws.intBetween(2, 10), 20));
        BigRational theta = epsilon.multiply(BigRational.of(draws.intBetween(2, 9), 10))
            .divide(BigRational.TWO.multiply(largest));
        BigRational[][] x = HadamardDesign.exact(k, p);
        return OrthogonalFlowInstance.of(groups, x, times(x, correlations), truth, theta,
            epsilon);
      }
    };
  }

  /**
   * Instances of Lemma 4: Hadamard {@code n in {4, 8, 16}}, L in [1, 4] groups of sizes 1..4,
   * {@code a = X^T y / n} with entries {@code j / 4}, j in [-8, 8]; {@code u_l(0) in [1/4, 1]},
   * {@code eta_l in [1/4, 1]}, Euler step {@code h in {1/16, 1/8}}, 1..2 exact Euler steps (the
   * digits grow about fivefold per step; 3 steps are checked by hand in the tests),
   * horizon in [1, 3].
   */
  public static InstanceFamily<FrozenDirectionInstance> frozenDirection() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Hadamard n in {4, 8, 16}, L in [1, 4], a_i = j/4, u, eta in [1/4, 1], "
            + "1-2 Euler steps";
      }

      @Override
      public FrozenDirectionInstance draw(Draws draws) {
        int groupCount = draws.intBetween(1, 4);
        int[] sizes = new int[groupCount];
        for (int l = 0; l < groupCount; l++) {
          sizes[l] = draws.intBetween(1, 4);
        }
        GroupPartition groups = GroupPartition.ofSizes(sizes);
        int p = groups.dimension();
        int k = p <= 4 ? 2 : p <= 8 ? 3 : 4;
        BigRational[] a = new BigRational[p];
        for (int i = 0; i < p; i++) {
          a[i] = BigRational.of(draws.intBetween(-8, 8), 4);
        }
        BigRational[] u = new BigRational[groupCount];
        BigRational[] eta = new BigRational[groupCount];
        for (int l = 0; l < groupCount; l++) {
          u[l] = BigRational.of(draws.intBetween(1, 4), 4);
          eta[l] = BigRational.of(draws.intBetween(1, 4), 4);
        }
        BigRational[][] x = HadamardDesign.exact(k, p);
        return new FrozenDirectionInstance(groups, x, times(x, a), u, eta,
            BigRational.of(1, draws.coin() ? 16 : 8), draws.intBetween(1, 2),
            draws.intBetween(1, 3));
      }
    };
  }

  /** {@code X z}, exactly. */
  static BigRational[] times(BigRational[][] x, BigRational[] z) {
    BigRational[] out = new BigRational[x.length];
    for (int row = 0; row < x.length; row++) {
      BigRational sum = BigRational.ZERO;
      for (int j = 0; j < z.length; j++) {
        sum = sum.add(x[row][j].multiply(z[j]));
      }
      out[row] = sum;
    }
    return out;
  }
}
