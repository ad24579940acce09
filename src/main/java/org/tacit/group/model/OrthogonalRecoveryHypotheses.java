package org.tacit.group.model;

import org.tacit.exact.BigRational;

/**
 * The hypotheses of LNHW Theorem 2 (and of its proof steps rem-B.2, rem-B.3), decided exactly on
 * an {@link OrthogonalFlowInstance}: each is a comparison of rationals (norms enter squared).
 *
 * <p>Spec: {@code LNHW:thm-2}, {@code LNHW:rem-B.2}, {@code LNHW:rem-B.3}.
 */
public final class OrthogonalRecoveryHypotheses {

  /** Exact orthogonality. */
  public static final String ORTHOGONAL =
      "X_l^T X_l / n = I and X_l^T X_l' / n = O for l != l'";

  /** The support is non-empty, so that {@code u*_max} and {@code u*_min} exist. */
  public static final String SUPPORT = "S non-empty (w* != 0)";

  /** The accuracy. */
  public static final String EPSILON = "eps > 0";

  /** Small initialization. */
  public static final String THETA = "0 < theta < 1";

  /** The initialization condition of Theorem 2. */
  public static final String THETA_SMALL = "theta < eps / (2 (u*_max)^2)";

  /** The noise condition of the proof ({@code B <= 1/100}, in the l2 norm the proof uses). */
  public static final String NOISE = "||X_l^T xi / n||_2 <= (u*_min)^2 / 100 for every l";

  /** The initialization {@code v_l(0) = eta_l X_l^T y / n} needs {@code X_l^T y / n != 0}. */
  public static final String ALIGNED = "X_l^T y / n != 0 for every l (eta_l defined)";

  private OrthogonalRecoveryHypotheses() {}

  /** {@code max_l ||w_l*||^2 = (u*_max)^4}. */
  public static BigRational largestSquaredTruth(OrthogonalFlowInstance instance) {
    BigRational max = BigRational.ZERO;
    for (int l = 0; l < instance.groups().groupCount(); l++) {
      max = max.max(OrthogonalFacts.groupSquaredNorm(instance.groups(), instance.truth(), l));
    }
    return max;
  }

  /** {@code min_{l in S} ||w_l*||^2 = (u*_min)^4} (0 when S is empty). */
  public static BigRational smallestSquaredTruth(OrthogonalFlowInstance instance) {
    BigRational min = BigRational.ZERO;
    for (int l = 0; l < instance.groups().groupCount(); l++) {
      BigRational norm = OrthogonalFacts.groupSquaredNorm(instance.groups(), instance.truth(), l);
      if (norm.signum() > 0 && (min.signum() == 0 || norm.compareTo(min) < 0)) {
        min = norm;
      }
    }
    return min;
  }

  /**
   * Decides every hypothesis in order, recording each through {@code require}, and returns
   * whether all hold (stopping at the first that fails).
   */
  public static boolean decide(OrthogonalFlowInstance instance, Requirement require) {
    GroupPartition groups = instance.groups();
    if (!require.require(ORTHOGONAL, OrthogonalFacts.gramIsIdentity(instance.design()))) {
      return false;
    }
    BigRational largest = largestSquaredTruth(instance);
    BigRational smallest = smallestSquaredTruth(instance);
    if (!require.require(SUPPORT, largest.signum() > 0)
        || !require.require(EPSILON, instance.epsilon().signum() > 0)
        || !require.require(THETA, instance.theta().signum() > 0
            && instance.theta().compareTo(BigRational.ONE) < 0)) {
      return false;
    }
    BigRational theta = instance.theta();
    if (!require.require(THETA_SMALL, BigRational.of(4).multiply(theta).multiply(theta)
        .multiply(largest).compareTo(instance.epsilon().multiply(instance.epsilon())) < 0)) {
      return false;
    }
    BigRational[] g = instance.noiseCorrelations();
    boolean noise = true;
    BigRational[] a = instance.correlations();
    boolean aligned = true;
    for (int l = 0; l < groups.groupCount(); l++) {
      noise &= BigRational.of(10000).multiply(OrthogonalFacts.groupSquaredNorm(groups, g, l))
          .compareTo(smallest) <= 0;
      aligned &= OrthogonalFacts.groupSquaredNorm(groups, a, l).signum() > 0;
    }
    return require.require(NOISE, noise) && require.require(ALIGNED, aligned);
  }

  /** The recording of one decided hypothesis ({@code Hypotheses::require}). */
  @FunctionalInterface
  public interface Requirement {

    /** Records the hypothesis {@code name} and returns {@code holds}. */
    boolean require(String name, boolean holds);
  }
}
