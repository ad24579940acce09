package org.tacit.group.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.tacit.exact.BigRational;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LossConvention;
import org.tacit.group.model.SwitchRule;
import org.tacit.group.model.SwitchRuleInstance;
import org.tacit.group.model.UpdateOrder;
import org.tacit.group.model.WeightNormalizationDegenerateInstance;
import org.tacit.group.model.WeightNormalizationOrthogonalInstance;
import org.tacit.group.model.WeightNormalizationStepInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of Algorithms 1 and 2 (LNHW Section 4), constructed to meet the checkers'
 * hypotheses: positive {@code u}, exactly unit rational directions (inverse stereographic
 * projection of rational points), exactly orthogonal designs (columns of the Sylvester-Hadamard
 * matrix {@code H_{2^k}}, so {@code X^T X / n = I}) with group targets of rational norm
 * (Pythagorean tuples), groups of size 1 for the degenerate remark.
 *
 * <p>Spec: {@code LNHW:alg-1}, {@code LNHW:alg-2}, {@code LNHW:rem-4.6}.
 */
public final class WeightNormalizationFamilies {

  private static final LossConvention[] CONVENTIONS = LossConvention.values();

  /** Integer tuples with integer Euclidean norm, by length (index 0: length 1). */
  private static final long[][][] PYTHAGOREAN = {
      {{1}},
      {{3, 4}, {5, 12}, {8, 15}},
      {{1, 2, 2}, {2, 3, 6}, {1, 4, 8}, {2, 6, 9}, {4, 4, 7}},
      {{1, 1, 1, 1}, {1, 2, 2, 4}, {2, 4, 5, 6}}};

  private WeightNormalizationFamilies() {}

  /**
   * One state of Algorithm 1 on a small integer design: n in [2, 5], 1-3 groups of sizes 1-3,
   * entries of X in [-3, 3], y in [-6, 6], u_l = 2^-j (j in [0, 20], so that the {@code 1/u^4}
   * step reaches 2^80) or a rational in (0, 4], rational unit v_l, any of the three conventions.
   */
  public static InstanceFamily<WeightNormalizationStepInstance> step() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "integer X (n <= 5), 1-3 groups of size <= 3, dyadic or rational u > 0,"
            + " rational unit v";
      }

      @Override
      public WeightNormalizationStepInstance draw(Draws draws) {
        GroupPartition groups = sizes(draws, draws.intBetween(1, 3), 3);
        int n = draws.intBetween(2, 5);
        BigRational[][] x = integerMatrix(draws, n, groups.dimension(), 3);
        BigRational[] y = integers(draws, n, 6);
        BigRational[] u = new BigRational[groups.groupCount()];
        for (int l = 0; l < u.length; l++) {
          u[l] = draws.coin() ? BigRational.of(1, 1L << draws.intBetween(0, 20))
              : BigRational.of(draws.between(1, 40), draws.between(1, 10));
        }
        return new WeightNormalizationStepInstance(groups, x, y, u, unitDirections(draws, groups),
            CONVENTIONS[draws.intBetween(0, CONVENTIONS.length - 1)]);
      }
    };
  }

  /**
   * Algorithm 1 on the first p columns of {@code H_n}, n in {4, 8}: groups of sizes 1-4, each
   * group's w_l* a random-signed, permuted Pythagorean tuple times a rational in [1/2, 3] (one
   * group in four zero), u(0) = 2^-j (j in [1, 6]), rational unit v(0),
   * {@code gamma = 1 / (8 (1 + max_l ||w_l*||))} rounded down to a power of 2 (so that the u-map
   * stays positive: {@code 2 gamma |m - u^2| < 1}), 1-3 updates.
   */
  public static InstanceFamily<WeightNormalizationOrthogonalInstance> orthogonal() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Sylvester-Hadamard columns (n in {4, 8}), Pythagorean group targets, y = X w*,"
            + " 1-3 exact updates";
      }

      @Override
      public WeightNormalizationOrthogonalInstance draw(Draws draws) {
        int n = draws.coin() ? 4 : 8;
        List<Integer> sizeList = new ArrayList<>();
        int used = 0;
        while (used < n) {
          int size = Math.min(draws.intBetween(1, 4), n - used);
          if (used > 0 && draws.between(0, 3) == 0) {
            break;
          }
          sizeList.add(size);
          used += size;
        }
        GroupPartition groups = GroupPartition.ofSizes(
            sizeList.stream().mapToInt(Integer::intValue).toArray());
        int p = groups.dimension();
        BigRational[][] x = sylvesterColumns(n, p);
        BigRational[] wStar = new BigRational[p];
        double largest = 0;
        for (int l = 0; l < groups.groupCount(); l++) {
          int size = groups.size(l);
          boolean zero = draws.between(0, 3) == 0;
          long[][] tuples = PYTHAGOREAN[size - 1];
          long[] tuple = tuples[draws.intBetween(0, tuples.length - 1)];
          int[] order = draws.permutation(size);
          BigRational factor = BigRational.of(draws.between(1, 6), 2);
          double squared = 0;
          for (int k = 0; k < size; k++) {
            BigRational entry = zero ? BigRational.ZERO
                : BigRational.of(tuple[order[k]]).multiply(factor)
                    .multiply(draws.coin() ? BigRational.ONE : BigRational.MINUS_ONE);
            wStar[groups.member(l, k)] = entry;
            squared += entry.doubleValue() * entry.doubleValue();
          }
          largest = Math.max(largest, Math.sqrt(squared));
        }
        long power = Long.highestOneBit((long) Math.ceil(8 * (1 + largest))) * 2;
        BigRational gamma = BigRational.of(1, power);
        BigRational[] u0 = new BigRational[groups.groupCount()];
        BigRational alpha = BigRational.of(1, 1L << draws.intBetween(1, 6));
        Arrays.fill(u0, alpha);
        return new WeightNormalizationOrthogonalInstance(groups, x, wStar, u0,
            unitDirections(draws, groups), gamma, draws.intBetween(1, 3));
      }
    };
  }

  /**
   * Algorithm 1 with groups of size 1: p in [1, 5], n in [2, 5], integer X in [-3, 3] and y in
   * [-5, 5], u(0) = alpha 1 with alpha = 2^-j (j in [2, 10]), v(0) random signs, any convention
   * c, {@code gamma = 1 / (1000 c)}, 1-3 exact updates.
   */
  public static InstanceFamily<WeightNormalizationDegenerateInstance> degenerate() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "groups of size 1, integer X (n <= 5, p <= 5), alpha = 2^-j, random signs v(0)";
      }

      @Override
      public WeightNormalizationDegenerateInstance draw(Draws draws) {
        int p = draws.intBetween(1, 5);
        int n = draws.intBetween(2, 5);
        GroupPartition groups = GroupPartition.contiguous(p, 1);
        BigRational alpha = BigRational.of(1, 1L << draws.intBetween(2, 10));
        BigRational[] u0 = new BigRational[p];
        BigRational[] v0 = new BigRational[p];
        for (int i = 0; i < p; i++) {
          u0[i] = alpha;
          v0[i] = draws.coin() ? BigRational.ONE : BigRational.MINUS_ONE;
        }
        LossConvention convention = CONVENTIONS[draws.intBetween(0, CONVENTIONS.length - 1)];
        BigRational gamma = BigRational.of(1, 1000).divide(convention.exactScale(n));
        return new WeightNormalizationDegenerateInstance(groups, integerMatrix(draws, n, p, 3),
            integers(draws, n, 5), u0, v0, convention, gamma, draws.intBetween(1, 3));
      }
    };
  }

  /**
   * Algorithm 2 runs on small Gaussian designs: n in [8, 16], 2-4 groups of sizes 1-3, the first
   * 1 to L-1 groups on the support with entries +-[1, 3], noise sigma in [0, 0.2], alpha = 10^-j
   * (j in [2, 4]), the paper's or the code's convention c, either order,
   * {@code gamma = 0.05 / (c max_l (u_l*)^2)}, {@code eta} in {@code [0.1, 0.4] / (c max_l
   * (u_l*)^4)}, a random rule (THEORY with the true targets, PRACTICAL or the code's variant with
   * tau in [0.01, 0.1] and varepsilon = 1e-12, FIXED_STEP in [0, steps]) and 40-120 updates.
   */
  public static InstanceFamily<SwitchRuleInstance> switchRule() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Gaussian X (n in [8, 16], 2-4 groups of size <= 3), Algorithm 2 with a random"
            + " switching rule, 40-120 updates";
      }

      @Override
      public SwitchRuleInstance draw(Draws draws) {
        GroupPartition groups = sizes(draws, draws.intBetween(2, 4), 3);
        int p = groups.dimension();
        int support = draws.intBetween(1, groups.groupCount() - 1);
        double[] wStar = new double[p];
        for (int l = 0; l < support; l++) {
          for (int k = 0; k < groups.size(l); k++) {
            wStar[groups.member(l, k)] = (draws.coin() ? 1 : -1) * draws.uniform(1, 3);
          }
        }
        AlgorithmSimulation simulation = AlgorithmSimulation.gaussian(draws.intBetween(8, 16),
            groups, wStar, draws.uniform(0, 0.2), draws.between(0, Long.MAX_VALUE - 1));
        double[] target = simulation.targetMagnitudes();
        double largest = 0;
        for (double magnitude : target) {
          largest = Math.max(largest, magnitude);
        }
        LossConvention convention = draws.coin() ? LossConvention.PAPER : LossConvention.CODE_MSE;
        double c = convention.scale(simulation.design().samples());
        int steps = draws.intBetween(40, 120);
        SwitchRule rule = switch (draws.intBetween(0, 3)) {
          case 0 -> SwitchRule.theory(target);
          case 1 -> SwitchRule.practical(draws.uniform(0.01, 0.1), 1e-12);
          case 2 -> SwitchRule.practicalFromOne(draws.uniform(0.01, 0.1), 1e-12);
          default -> SwitchRule.fixedStep(draws.between(0, steps));
        };
        AlgorithmSettings settings = new AlgorithmSettings(0.05 / (c * largest), convention,
            draws.coin() ? UpdateOrder.GAUSS_SEIDEL : UpdateOrder.JACOBI, rule,
            draws.uniform(0.1, 0.4) / (c * largest * largest));
        double alpha = Math.pow(10, -draws.intBetween(2, 4));
        return new SwitchRuleInstance(simulation.design(), simulation.uniformU(alpha),
            unitDoubleDirections(draws, groups), settings, steps);
      }
    };
  }

  /** The first {@code p} columns of the Sylvester-Hadamard matrix {@code H_n}, n a power of 2. */
  public static BigRational[][] sylvesterColumns(int n, int p) {
    int[][] h = {{1}};
    while (h.length < n) {
      int m = h.length;
      int[][] next = new int[2 * m][2 * m];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          next[i][j] = h[i][j];
          next[i][j + m] = h[i][j];
          next[i + m][j] = h[i][j];
          next[i + m][j + m] = -h[i][j];
        }
      }
      h = next;
    }
    BigRational[][] x = new BigRational[n][p];
    for (int row = 0; row < n; row++) {
      for (int i = 0; i < p; i++) {
        x[row][i] = BigRational.of(h[row][i]);
      }
    }
    return x;
  }

  /**
   * Exactly unit rational directions per group: size 1 gives +-1; size k the inverse stereographic
   * projection {@code (2q, |q|^2 - 1) / (|q|^2 + 1)} of a rational point q of R^(k-1), coordinates
   * permuted and signs random.
   */
  public static BigRational[] unitDirections(Draws draws, GroupPartition groups) {
    BigRational[] v = new BigRational[groups.dimension()];
    for (int l = 0; l < groups.groupCount(); l++) {
      int size = groups.size(l);
      BigRational[] entries = new BigRational[size];
      if (size == 1) {
        entries[0] = BigRational.ONE;
      } else {
        BigRational q2 = BigRational.ZERO;
        BigRational[] q = new BigRational[size - 1];
        for (int k = 0; k < size - 1; k++) {
          q[k] = BigRational.of(draws.between(0, 9), draws.between(1, 9));
          q2 = q2.add(q[k].multiply(q[k]));
        }
        BigRational denominator = q2.add(BigRational.ONE);
        for (int k = 0; k < size - 1; k++) {
          entries[k] = BigRational.TWO.multiply(q[k]).divide(denominator);
        }
        entries[size - 1] = q2.subtract(BigRational.ONE).divide(denominator);
      }
      int[] order = draws.permutation(size);
      for (int k = 0; k < size; k++) {
        BigRational entry = entries[order[k]];
        v[groups.member(l, k)] = draws.coin() ? entry : entry.negate();
      }
    }
    return v;
  }

  private static double[] unitDoubleDirections(Draws draws, GroupPartition groups) {
    SplittableRandom random = new SplittableRandom(draws.between(0, Long.MAX_VALUE - 1));
    double[] v = new double[groups.dimension()];
    for (int l = 0; l < groups.groupCount(); l++) {
      double norm = 0;
      for (int k = 0; k < groups.size(l); k++) {
        double entry = random.nextGaussian();
        v[groups.member(l, k)] = entry;
        norm += entry * entry;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        v[groups.member(l, 0)] = 1;
        norm = 1;
      }
      for (int k = 0; k < groups.size(l); k++) {
        v[groups.member(l, k)] /= norm;
      }
    }
    return v;
  }

  private static GroupPartition sizes(Draws draws, int groupCount, int maxSize) {
    int[] sizes = new int[groupCount];
    for (int l = 0; l < groupCount; l++) {
      sizes[l] = draws.intBetween(1, maxSize);
    }
    return GroupPartition.ofSizes(sizes);
  }

  private static BigRational[][] integerMatrix(Draws draws, int rows, int cols, int bound) {
    BigRational[][] x = new BigRational[rows][cols];
    for (int r = 0; r < rows; r++) {
      x[r] = integers(draws, cols, bound);
    }
    return x;
  }

  private static BigRational[] integers(Draws draws, int length, int bound) {
    BigRational[] values = new BigRational[length];
    for (int i = 0; i < length; i++) {
      values[i] = BigRational.of(draws.between(-bound, bound));
    }
    return values;
  }
}
