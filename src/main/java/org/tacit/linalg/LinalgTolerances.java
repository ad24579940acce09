package org.tacit.linalg;

/**
 * The tolerances of the double-precision linear algebra in {@code linalg}, in one place. All are
 * relative.
 */
public final class LinalgTolerances {

  /**
   * Lanczos stopping rule: the residual bound of the top Ritz pair relative to the Ritz value.
   * 1e-12 resolves lambda_max far below the 1e-9 at which the NRSS checkers compare eigenvalues.
   */
  public static final double LANCZOS = 1e-12;

  /**
   * A Lanczos step whose new off-diagonal {@code beta_m} is below this times the current scale
   * means the Krylov space is invariant (exact breakdown up to rounding).
   */
  public static final double LANCZOS_BREAKDOWN = 1e-14;

  private LinalgTolerances() {}
}
