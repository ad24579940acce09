package org.tacit.group.family;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedPairInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of LNHW Lemma 1, Theorem 1 and the Appendix A remarks: a random partition
 * ({@code L} in {@code [1, 4]} groups of sizes {@code p_l} in {@code [1, 4]}, one group of size
 * {@code >= 2}, coordinates shuffled among the groups), a rational point with {@code u > 0}
 * (numerators in {@code [1, 20]}, denominators in {@code [1, 10]}) and {@code v} rational
 * (numerators in {@code [-20, 20]}), and two indices. All hypotheses hold by construction.
 *
 * <p>Spec: {@code LNHW:lem-1}, {@code LNHW:thm-1}, {@code LNHW:rem-3.1.1}, {@code LNHW:rem-A.1},
 * {@code LNHW:rem-A.2}, {@code LNHW:rem-A.3}.
 */
public final class BracketFamilies {

  private BracketFamilies() {}

  /**
   * Any pair: {@code i != j} in one group, in different groups (when {@code L >= 2}), or
   * {@code i = j}, each about a third of the time.
   */
  public static InstanceFamily<GroupedPairInstance> anyPair() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "L in [1,4], p_l in [1,4] (one >= 2), u > 0 and v rational, any pair (i, j)";
      }

      @Override
      public GroupedPairInstance draw(Draws draws) {
        GroupPartition partition = partition(draws);
        List<BigRational> u = magnitudes(draws, partition.groupCount());
        List<BigRational> v = coordinates(draws, partition.dimension());
        int shape = draws.intBetween(0, 2);
        int[] pair;
        if (shape == 0 || partition.groupCount() == 1) {
          pair = pairInOneGroup(draws, partition);
        } else if (shape == 1) {
          int l = draws.intBetween(0, partition.groupCount() - 1);
          int other = (l + draws.intBetween(1, partition.groupCount() - 1)) % partition.groupCount();
          pair = new int[] {member(draws, partition, l), member(draws, partition, other)};
        } else {
          int k = draws.intBetween(0, partition.dimension() - 1);
          pair = new int[] {k, k};
        }
        return new GroupedPairInstance(partition, u, v, pair[0], pair[1]);
      }
    };
  }

  /**
   * Witness pairs: {@code i != j} in one group, {@code (v_i, v_j) != (0, 0)}; one time in four
   * {@code v_i = v_j} (the case the paper's "v_i != v_j" leaves out), one in four {@code v_j = 0}.
   */
  public static InstanceFamily<GroupedPairInstance> witnessPair() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "L in [1,4], p_l in [1,4] (one >= 2), u > 0, i != j in one group,"
            + " (v_i, v_j) != 0 (sometimes v_i = v_j)";
      }

      @Override
      public GroupedPairInstance draw(Draws draws) {
        GroupPartition partition = partition(draws);
        List<BigRational> u = magnitudes(draws, partition.groupCount());
        List<BigRational> v = coordinates(draws, partition.dimension());
        int[] pair = pairInOneGroup(draws, partition);
        BigRational nonZero = BigRational.of(draws.between(1, 20) * (draws.coin() ? 1 : -1),
            draws.between(1, 10));
        v.set(pair[0], nonZero);
        int shape = draws.intBetween(0, 3);
        if (shape == 0) {
          v.set(pair[1], nonZero);
        } else if (shape == 1) {
          v.set(pair[1], BigRational.ZERO);
        }
        return new GroupedPairInstance(partition, u, v, pair[0], pair[1]);
      }
    };
  }

  /**
   * A random partition: {@code L} in {@code [1, 4]}, sizes in {@code [1, 4]} with one group of
   * size in {@code [2, 4]}, coordinates assigned to the groups by a random permutation.
   */
  public static GroupPartition partition(Draws draws) {
    int groups = draws.intBetween(1, 4);
    int large = draws.intBetween(0, groups - 1);
    int[] sizes = new int[groups];
    int p = 0;
    for (int l = 0; l < groups; l++) {
      sizes[l] = l == large ? draws.intBetween(2, 4) : draws.intBetween(1, 4);
      p += sizes[l];
    }
    int[] permutation = draws.permutation(p);
    int[] groupOf = new int[p];
    int k = 0;
    for (int l = 0; l < groups; l++) {
      for (int s = 0; s < sizes[l]; s++) {
        groupOf[permutation[k++]] = l;
      }
    }
    return new GroupPartition(groupOf);
  }

  /** {@code count} positive rationals, numerators in {@code [1, 20]}, denominators in {@code [1, 10]}. */
  public static List<BigRational> magnitudes(Draws draws, int count) {
    List<BigRational> u = new ArrayList<>();
    for (int l = 0; l < count; l++) {
      u.add(BigRational.of(draws.between(1, 20), draws.between(1, 10)));
    }
    return u;
  }

  /** {@code count} rationals, numerators in {@code [-20, 20]}, denominators in {@code [1, 10]} (mutable list). */
  public static List<BigRational> coordinates(Draws draws, int count) {
    List<BigRational> v = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      v.add(BigRational.of(draws.between(-20, 20), draws.between(1, 10)));
    }
    return v;
  }

  private static int[] pairInOneGroup(Draws draws, GroupPartition partition) {
    List<Integer> large = new ArrayList<>();
    for (int l = 0; l < partition.groupCount(); l++) {
      if (partition.size(l) >= 2) {
        large.add(l);
      }
    }
    int l = large.get(draws.intBetween(0, large.size() - 1));
    int first = draws.intBetween(0, partition.size(l) - 1);
    int second = (first + draws.intBetween(1, partition.size(l) - 1)) % partition.size(l);
    return new int[] {partition.member(l, first), partition.member(l, second)};
  }

  private static int member(Draws draws, GroupPartition partition, int l) {
    return partition.member(l, draws.intBetween(0, partition.size(l) - 1));
  }
}
