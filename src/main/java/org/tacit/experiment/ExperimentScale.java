package org.tacit.experiment;

import java.util.Locale;

/**
 * How large a reproduction runs: {@link #TINY} for the test that keeps each reproduction from
 * rotting (seconds), {@link #FULL} for the figure itself.
 */
public enum ExperimentScale {
  /** A few points, small instances. */
  TINY,
  /** The full sweep. */
  FULL;

  /** Parses {@code tiny} or {@code full}; throws {@link IllegalArgumentException} otherwise. */
  public static ExperimentScale parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown scale '" + text + "' (expected tiny or full)", e);
    }
  }
}
