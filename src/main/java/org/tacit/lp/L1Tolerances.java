package org.tacit.lp;

/**
 * The tolerances of the double-precision l1 minimizers and of the decisions built on them (MS
 * null-space constants), in one place. Exact mode uses none: every decision is exact there.
 */
public final class L1Tolerances {

  /**
   * A double LP value or coordinate of magnitude at most this times {@code max(1, scale)} counts
   * as zero when deciding a support, a sign or a uniqueness gap: the double simplex certifies its
   * results to {@link LpTolerances#DOUBLE_CERTIFICATE} = 1e-9 relative, so decisions need a
   * threshold above that; 1e-7 leaves two orders of margin and is far below the gaps of the
   * instances we generate (integer data, gaps at least about 1e-3).
   */
  public static final double DECISION = 1e-7;

  private L1Tolerances() {}
}
