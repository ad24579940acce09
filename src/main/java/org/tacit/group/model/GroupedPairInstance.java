package org.tacit.group.model;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;

/**
 * A rational point {@code (u, v)} of the parameter space {@code R_+^L x R^p} of LNHW's grouped
 * parameterization together with two coordinate indices {@code i, j} of {@code [p]} (numbered from
 * 0): the instances of Lemma 1, Theorem 1 and the Appendix A remarks.
 *
 * <p>Contract: {@code u.size() = L} and {@code v.size() = p} of the partition and
 * {@code 0 <= i, j < p} (checked here); the hypotheses of each statement ({@code u > 0}, same
 * group, ...) are decided by the checkers, not here. Immutable.
 *
 * <p>Spec: {@code LNHW:lem-1}, {@code LNHW:thm-1}, {@code LNHW:rem-A.1}, {@code LNHW:rem-A.2},
 * {@code LNHW:rem-A.3}, {@code LNHW:rem-3.1.1}.
 *
 * @param partition the groups and the group map {@code g}
 * @param u the group magnitudes {@code u_1..u_L}
 * @param v the coordinates {@code v_1..v_p}
 * @param i the first index
 * @param j the second index
 */
public record GroupedPairInstance(GroupPartition partition, List<BigRational> u,
    List<BigRational> v, int i, int j) {

  /** Validates the sizes and the indices and copies the lists. */
  public GroupedPairInstance {
    if (u.size() != partition.groupCount() || v.size() != partition.dimension()) {
      throw new IllegalArgumentException("point (" + u.size() + ", " + v.size()
          + ") does not match L = " + partition.groupCount() + ", p = " + partition.dimension());
    }
    if (i < 0 || j < 0 || i >= v.size() || j >= v.size()) {
      throw new IllegalArgumentException("indices " + i + ", " + j + " outside [0, " + v.size() + ")");
    }
    u = List.copyOf(u);
    v = List.copyOf(v);
  }

  /** The number of groups {@code L}. */
  public int groups() {
    return partition.groupCount();
  }

  /** The parameter dimension {@code D = L + p}. */
  public int parameters() {
    return partition.groupCount() + partition.dimension();
  }

  /** The point {@code (u_1..u_L, v_1..v_p)} in {@code R^{L+p}}, in Appendix A's coordinate order. */
  public BigRational[] point() {
    List<BigRational> all = new ArrayList<>(u);
    all.addAll(v);
    return all.toArray(new BigRational[0]);
  }

  /** Whether every {@code u_l > 0}. */
  public boolean positiveMagnitudes() {
    return u.stream().allMatch(x -> x.signum() > 0);
  }

  /** Whether {@code i != j} and {@code g(i) = g(j)}. */
  public boolean distinctInOneGroup() {
    return i != j && partition.groupOf(i) == partition.groupOf(j);
  }

  /** The magnitude {@code u_{g(k)}} of coordinate {@code k}'s group. */
  public BigRational magnitudeOf(int k) {
    return u.get(partition.groupOf(k));
  }

  @Override
  public String toString() {
    return partition + ", u=" + u + ", v=" + v + ", i=" + i + ", j=" + j;
  }
}
