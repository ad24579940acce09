package org.tacit.lp;

/**
 * The tolerances of the double-precision LP code, in one place. The exact solver and the exact
 * certificate check use none.
 */
public final class LpTolerances {

  /**
   * Magnitudes at most this count as zero in the double simplex (reduced costs, pivot entries,
   * right-hand sides). The netlib problems here have coefficients within about 1e-3..1e4 and need
   * a few hundred pivots, so accumulated rounding stays near 1e-12; 1e-9 separates it from true
   * non-zeros with three orders of margin.
   */
  public static final double DOUBLE_ZERO = 1e-9;

  /**
   * Entries of magnitude below this are flushed to zero after a double pivot: far below
   * {@link #DOUBLE_ZERO}, they are rounding residue of cancelled entries and only cost sparsity.
   */
  public static final double DOUBLE_FLUSH = 1e-14;

  /**
   * Relative tolerance of the double certificate check (feasibility, dual signs, duality gap),
   * relative to the scale of each quantity (e.g. {@code sum |a_ij x_j|} for a row): the brief's
   * 1e-9 agreement target for netlib optima.
   */
  public static final double DOUBLE_CERTIFICATE = 1e-9;

  /**
   * Consecutive degenerate pivots of the largest-coefficient rule after which the simplex method
   * switches to Bland's rule until the objective strictly improves (see {@link TableauSimplex}).
   */
  public static final int DEGENERATE_PIVOTS_BEFORE_BLAND = 50;

  /**
   * The double simplex recomputes its tableau from the original data every this many pivots
   * (and before it reports a result), so rounding errors cannot accumulate over long runs.
   */
  public static final int DOUBLE_REFACTOR_INTERVAL = 100;

  /**
   * Relative right-side perturbation of the double simplex runs that only look for a basis (the
   * exact solver's warm start and {@link ScreenedLinearProgram}): large enough against
   * {@link #DOUBLE_ZERO} that perturbed right sides are not read as zero (so degenerate pivots
   * become rare), small enough that the optimal basis of the perturbed program is, as a rule,
   * exactly optimal for the true one. Never a correctness parameter: the exact certification
   * decides, and falls back to the exact simplex method when the basis fails it.
   */
  public static final double BASIS_SEARCH_PERTURBATION = 1e-6;

  private LpTolerances() {}
}
