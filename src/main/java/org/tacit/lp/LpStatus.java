package org.tacit.lp;

/** The outcome of solving a {@link LinearProgram}. */
public enum LpStatus {
  /** An optimal solution exists; the result carries it with optimal duals. */
  OPTIMAL,
  /** No feasible point; the result carries a Farkas certificate. */
  INFEASIBLE,
  /** Feasible with objective unbounded in the optimizing direction; the result carries a ray. */
  UNBOUNDED;

  /** The lower-case name used in JSON output. */
  public String spelling() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
