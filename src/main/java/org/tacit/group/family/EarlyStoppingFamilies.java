package org.tacit.group.family;

import java.util.Arrays;
import org.tacit.exact.BigRational;
import org.tacit.group.model.EarlyStoppingInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Instances of LNHW Theorems 3 and 4 meeting their hypotheses by construction. The design is
 * {@code X = H R}: {@code H} the first {@code p} columns of the 16 x 16 Sylvester-Hadamard matrix
 * ({@code H^T H = 16 I}) and {@code R = I + E}, {@code E} strictly upper triangular with entries
 * {@code k 2^-15}, {@code |k| <= 2}; then {@code Sigma = X^T X/n = R^T R = I + E + E^T + E^T E}
 * exactly, and every block of {@code Sigma - I} has Frobenius norm below
 * {@code 3 * 2 * 2^-15 (1 + 1e-3) < 1.9e-4}, under Theorem 4's strictest bound
 * {@code sqrt(zeta) (u*_min)^2 / (120 s (u*_max)^3) >= sqrt(0.08) / (120 * 2 * 2^{3/2}) > 4e-4}.
 * {@code L} in {@code [3, 4]} groups of sizes {@code [2, 3]} ({@code p <= 12}); the first
 * {@code s} in {@code [1, 2]} groups carry {@code w_l* = (k/4) * (Pythagorean unit vector)},
 * {@code k} in {@code [4, 8]}, so {@code (u_l*)^2} in {@code [1, 2]} is rational. Noise
 * {@code xi = H_16 c}: its part outside the span of X has entries {@code k/64}, and inside
 * {@code c_j = k 2^-14} ({@code |k| <= 2}), so {@code X^T xi / n = R^T c} has entries below
 * {@code 1.3e-4}. {@code eps} in {@code [1e-3, 4e-3]} (so {@code zeta <= 0.33 < (u*_min)^2});
 * {@code alpha = kappa} times Theorem 3's bound, {@code kappa} in {@code [0.1, 0.9]};
 * {@code gamma = kappa'/(20 (u*_max)^2)}, {@code kappa'} in {@code [0.5, 1]}; random unit
 * {@code v(0)} (normalised Gaussian draws; the first basis vector of the group when they are
 * 0); for Theorem 4, {@code eta = kappa'' 4/(9 (u*_max)^4)}, {@code kappa''} in
 * {@code [0.5, 1]}. Runs take about {@code 2 T_lb <= 2e4} updates of cost O(n p).
 *
 * <p>Spec: {@code LNHW:thm-3}, {@code LNHW:thm-4}.
 */
public final class EarlyStoppingFamilies {

  private static final int SAMPLES = 16;

  private EarlyStoppingFamilies() {}

  /** Theorem 3's instances (Algorithm 1). */
  public static InstanceFamily<EarlyStoppingInstance> algorithmOne() {
    return family(false);
  }

  /** Theorem 4's instances (Algorithm 2, theoretical switch). */
  public static InstanceFamily<EarlyStoppingInstance> algorithmTwo() {
    return family(true);
  }

  private static InstanceFamily<EarlyStoppingInstance> family(boolean algorithmTwo) {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "X = H_16 (I + E) (|E_ij| <= 2^-14), L in [3, 4] groups of 2-3, s <= 2,"
            + " (u*)^2 in [1, 2], tiny noise, admissible alpha, gamma"
            + (algorithmTwo ? ", eta <= 4/(9 (u*_max)^4)" : "");
      }

      @Override
      public EarlyStoppingInstance draw(Draws draws) {
        return EarlyStoppingFamilies.draw(draws, algorithmTwo);
      }
    };
  }

  private static EarlyStoppingInstance draw(Draws draws, boolean algorithmTwo) {
    int groupCount = draws.intBetween(3, 4);
    int[] sizes = new int[groupCount];
    for (int l = 0; l < groupCount; l++) {
      sizes[l] = draws.intBetween(2, 3);
    }
    GroupPartition groups = GroupPartition.ofSizes(sizes);
    int p = groups.dimension();
    BigRational[][] r = new BigRational[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        r[i][j] = i == j ? BigRational.ONE
            : i < j ? BigRational.of(draws.between(-2, 2), 1 << 15) : BigRational.ZERO;
      }
    }
    BigRational[][] x = new BigRational[SAMPLES][p];
    for (int row = 0; row < SAMPLES; row++) {
      for (int j = 0; j < p; j++) {
        BigRational sum = BigRational.ZERO;
        for (int k = 0; k <= j; k++) {
          sum = sum.add(r[k][j].multiply(BigRational.of(hadamard(row, k))));
        }
        x[row][j] = sum;
      }
    }
    int support = draws.intBetween(1, 2);
    BigRational[] wStar = new BigRational[p];
    Arrays.fill(wStar, BigRational.ZERO);
    for (int l = 0; l < support; l++) {
      BigRational[] direction = RationalSphere.unitDirection(draws, sizes[l]);
      BigRational magnitude = BigRational.of(draws.between(4, 8), 4);
      for (int k = 0; k < sizes[l]; k++) {
        wStar[groups.member(l, k)] = direction[k].multiply(magnitude);
      }
    }
    BigRational[] c = new BigRational[SAMPLES];
    for (int j = 0; j < SAMPLES; j++) {
      c[j] = j < p ? BigRational.of(draws.between(-2, 2), 1 << 14)
          : BigRational.of(draws.between(-8, 8), 64);
    }
    BigRational[] noise = new BigRational[SAMPLES];
    for (int row = 0; row < SAMPLES; row++) {
      BigRational sum = BigRational.ZERO;
      for (int j = 0; j < SAMPLES; j++) {
        sum = sum.add(c[j].multiply(BigRational.of(hadamard(row, j))));
      }
      noise[row] = sum;
    }
    double uMax = 0;
    double uMin = Double.POSITIVE_INFINITY;
    for (int l = 0; l < support; l++) {
      double square = 0;
      for (int i : groups.members(l)) {
        square += wStar[i].doubleValue() * wStar[i].doubleValue();
      }
      uMax = Math.max(uMax, Math.sqrt(square));
      uMin = Math.min(uMin, Math.sqrt(square));
    }
    double epsilon = draws.uniform(1e-3, 4e-3);
    double alphaBound = Math.min(Math.min(Math.pow(epsilon, 4), 1) / Math.pow(uMax, 4),
        Math.min(uMin / (80.0 * groupCount), epsilon / groupCount));
    double alpha = alphaBound * draws.uniform(0.1, 0.9);
    double gamma = draws.uniform(0.5, 1) / (20 * uMax);
    double[] v0 = new double[p];
    for (int l = 0; l < groupCount; l++) {
      double norm = 0;
      for (int i : groups.members(l)) {
        v0[i] = draws.gaussian();
        norm += v0[i] * v0[i];
      }
      norm = Math.sqrt(norm);
      for (int i : groups.members(l)) {
        v0[i] = norm > 0 ? v0[i] / norm : i == groups.member(l, 0) ? 1 : 0;
      }
    }
    double eta = algorithmTwo ? draws.uniform(0.5, 1) * 4 / (9 * uMax * uMax) : Double.NaN;
    return new EarlyStoppingInstance(groups, x, wStar, noise, epsilon, alpha, gamma, v0, eta);
  }

  /** The Sylvester-Hadamard entry {@code H_{row, column} = (-1)^{popcount(row & column)}}. */
  private static int hadamard(int row, int column) {
    return Integer.bitCount(row & column) % 2 == 0 ? 1 : -1;
  }
}
