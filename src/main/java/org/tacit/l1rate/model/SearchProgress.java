package org.tacit.l1rate.model;

/**
 * Receives progress reports from a long exact computation of the null-space constants (the
 * branch and bound of {@link SignPatternSearch}): at most one report per {@link #intervalNanos()}
 * of wall-clock time, so a search that finishes within one interval reports nothing. Reports are
 * informational; they do not affect the result.
 *
 * <p>Spec: no paper item (command-line contract: long runs show progress).
 */
@FunctionalInterface
public interface SearchProgress {

  /** Reports nothing. */
  SearchProgress NONE = (constant, linearPrograms, bestSoFar) -> { };

  /**
   * One report.
   *
   * @param constant which constant is being maximized, e.g. {@code "rho~"}
   * @param linearPrograms LPs solved so far for it
   * @param bestSoFar the best value of the objective found so far (a lower bound of the constant)
   */
  void report(String constant, int linearPrograms, double bestSoFar);

  /** Minimum wall-clock time between two reports, in nanoseconds (default 2 s). */
  default long intervalNanos() {
    return 2_000_000_000L;
  }
}
