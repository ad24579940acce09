package org.tacit.training;

/**
 * The thresholds of {@link GradientDescent} that no caller chooses, in one place.
 */
public final class TrainingTolerances {

  /**
   * GD divergence: a loss above this multiple of the initial loss. A converging run can overshoot
   * its initial loss only transiently (catapults at the edge of stability raise it by a few orders
   * of magnitude at most); 1e8 is far beyond that and far below overflow, so blow-ups are reported
   * as such before they become infinite.
   */
  public static final double DIVERGENCE_FACTOR = 1e8;

  private TrainingTolerances() {}
}
