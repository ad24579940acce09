package org.tacit.training;

/**
 * Receives progress reports from a long {@link GradientDescent} run: the loop reports iterate
 * {@code t} when {@link #intervalSteps()} updates or {@link #intervalNanos()} of wall-clock time
 * have passed since the previous report (or since the start), whichever comes first; so a run
 * that ends within both intervals reports nothing. Reports are informational: they do not affect
 * the result.
 *
 * <p>Cost: with a listener other than {@link #NONE}, the loop reads the clock once per step (tens
 * of nanoseconds).
 */
@FunctionalInterface
public interface ProgressListener {

  /** Reports nothing (and costs nothing: the loop does not read the clock). */
  ProgressListener NONE = (step, loss) -> { };

  /**
   * One report.
   *
   * @param step the iterate index {@code t} (updates made so far)
   * @param loss {@code L(theta_t)} (finite)
   */
  void report(long step, double loss);

  /** Wall-clock time after which a report is due, in nanoseconds (default 2 s). */
  default long intervalNanos() {
    return 2_000_000_000L;
  }

  /** Updates after which a report is due regardless of time (default: never, time only). */
  default long intervalSteps() {
    return Long.MAX_VALUE;
  }
}
