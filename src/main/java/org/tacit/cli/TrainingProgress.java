package org.tacit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tacit.training.ProgressListener;

/**
 * Progress of a training run on stderr: one line {@code WHAT: step t, loss L} every
 * {@link #intervalNanos()} (2 s by default; the system property {@code tacit.progress.ms}
 * changes it, e.g. for tests), so a command that trains longer than 2 s is never silent.
 */
final class TrainingProgress implements ProgressListener {

  /** The system property that sets the interval in milliseconds. */
  static final String INTERVAL_PROPERTY = "tacit.progress.ms";

  private final PrintWriter err;
  private final String what;
  private final long intervalNanos;

  TrainingProgress(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
    this.intervalNanos = Math.max(0, Long.getLong(INTERVAL_PROPERTY, 2000L)) * 1_000_000L;
  }

  @Override
  public void report(long step, double loss) {
    err.printf(Locale.ROOT, "%s: step %d, loss %.6e%n", what, step, loss);
    err.flush();
  }

  @Override
  public long intervalNanos() {
    return intervalNanos;
  }
}
