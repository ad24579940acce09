package org.tacit.group.model;

import java.util.Arrays;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A partition of the coordinates {@code [p] = {0, ..., p-1}} into {@code L} disjoint non-empty
 * groups {@code G_1, ..., G_L} with the group map {@code g: [p] -> [L]} (LNHW Section 2). Groups
 * are numbered from 0 here; coordinates keep their order inside a group.
 *
 * <p>Contract: every coordinate lies in exactly one group and no group is empty (checked by the
 * constructor, which throws {@link IllegalArgumentException} otherwise). Immutable.
 *
 * <p>Spec: {@code LNHW:rem-2.1}.
 */
public final class GroupPartition {

  private final int[] groupOf;
  private final int[][] members;

  /**
   * The partition whose group map is {@code groupOf}: coordinate {@code i} lies in group
   * {@code groupOf[i]}, and the groups are {@code 0..max}.
   */
  public GroupPartition(int[] groupOf) {
    if (groupOf.length == 0) {
      throw new IllegalArgumentException("a partition needs p >= 1 coordinates");
    }
    int groups = 0;
    for (int g : groupOf) {
      if (g < 0) {
        throw new IllegalArgumentException("group index " + g + " < 0");
      }
      groups = Math.max(groups, g + 1);
    }
    int[] sizes = new int[groups];
    for (int g : groupOf) {
      sizes[g]++;
    }
    int[][] lists = new int[groups][];
    for (int l = 0; l < groups; l++) {
      if (sizes[l] == 0) {
        throw new IllegalArgumentException("group " + l + " is empty");
      }
      lists[l] = new int[sizes[l]];
    }
    int[] filled = new int[groups];
    for (int i = 0; i < groupOf.length; i++) {
      lists[groupOf[i]][filled[groupOf[i]]++] = i;
    }
    this.groupOf = groupOf.clone();
    this.members = lists;
  }

  /** {@code groups} contiguous groups of {@code size} coordinates each (the figures' layout). */
  public static GroupPartition contiguous(int groups, int size) {
    if (groups < 1 || size < 1) {
      throw new IllegalArgumentException("need groups >= 1 and size >= 1");
    }
    int[] map = new int[groups * size];
    for (int i = 0; i < map.length; i++) {
      map[i] = i / size;
    }
    return new GroupPartition(map);
  }

  /** Contiguous groups with the given sizes, in order. */
  public static GroupPartition ofSizes(int... sizes) {
    int p = Arrays.stream(sizes).sum();
    int[] map = new int[p];
    int i = 0;
    for (int l = 0; l < sizes.length; l++) {
      if (sizes[l] < 1) {
        throw new IllegalArgumentException("group " + l + " has size " + sizes[l]);
      }
      for (int k = 0; k < sizes[l]; k++) {
        map[i++] = l;
      }
    }
    return new GroupPartition(map);
  }

  /** The number of coordinates {@code p}. */
  public int dimension() {
    return groupOf.length;
  }

  /** The number of groups {@code L}. */
  public int groupCount() {
    return members.length;
  }

  /** The group {@code g(i)} of coordinate {@code i}. */
  public int groupOf(int i) {
    return groupOf[i];
  }

  /** The size {@code p_l} of group {@code l}. */
  public int size(int l) {
    return members[l].length;
  }

  /** The largest group size {@code max_l p_l}. */
  public int maxSize() {
    int max = 0;
    for (int[] group : members) {
      max = Math.max(max, group.length);
    }
    return max;
  }

  /** The coordinates of group {@code l}, increasing (a copy). */
  public int[] members(int l) {
    return members[l].clone();
  }

  /** The coordinate of position {@code k} inside group {@code l}. */
  public int member(int l, int k) {
    return members[l][k];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GroupPartition partition && Arrays.equals(groupOf, partition.groupOf);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(groupOf);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("groups");
    for (int[] group : members) {
      text.append(' ').append(Arrays.toString(group));
    }
    return text.toString();
  }
}
