package org.tacit.benign.model;

/**
 * The tolerances of the ZG checkers, in one place, each with its error analysis. All are
 * relative unless stated otherwise. Exact checks (rational arithmetic) have none. (GD divergence
 * is {@link org.tacit.training.TrainingTolerances#DIVERGENCE_FACTOR}, shared by every paper.)
 */
public final class ZgTolerances {

  // ---- The model, gradient descent (2) and its identities

  /**
   * Placeholder of this section: the exact identities need no tolerance; double-precision checks
   * of this section state theirs below it.
   */
  public static final double DYNAMICS_EXACT = 0.0;

  // ---- The baselines

  /** Placeholder of this section (see above). */
  public static final double BASELINE_EXACT = 0.0;

  // ---- Data conditions and technical lemmas

  /** Placeholder of this section (see above). */
  public static final double TECHNICAL_EXACT = 0.0;

  private ZgTolerances() {}
}
