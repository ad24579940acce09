package org.tacit.verify;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A process-wide log of the spec IDs whose checks were evaluated while a recording is open: the
 * evidence behind "this test evaluates a check labelled with the ID it cites" (issue #19).
 *
 * <p>Every {@link Check} reports its spec ID here from its constructor, so every evaluated
 * statement is seen, whichever factory built it and whichever thread built it (checkers may use
 * worker threads, see {@link CheckSuite}).
 *
 * <p>Contract: off by default. While no recording is open, {@link #evaluated(String)} costs one
 * volatile read. While a recording is open it adds the ID to a concurrent set (amortised O(1),
 * lock-free reads); IDs are recorded once, in no order. {@link #open()} starts a new empty
 * recording (discarding any open one); {@link #close()} ends it and returns the IDs recorded.
 * There is a single recording for the whole JVM: it is meant for a test runner that runs one test
 * at a time (the project's surefire runs tests sequentially); checks built by other threads
 * during a recording are attributed to it. Thread-safe.
 */
public final class CheckEvaluations {

  /** The sentinel meaning "no recording open" (never written to). */
  private static final Set<String> NONE = Set.of();

  /** The open recording's concurrent set, or {@link #NONE}. */
  private static volatile Set<String> recording = NONE;

  private CheckEvaluations() {}

  /** Starts a new, empty recording (any open recording is discarded). */
  public static synchronized void open() {
    recording = ConcurrentHashMap.newKeySet();
  }

  /**
   * Ends the open recording and returns the spec IDs evaluated since {@link #open()}, sorted;
   * empty when no recording was open.
   */
  public static synchronized Set<String> close() {
    Set<String> recorded = recording;
    recording = NONE;
    return new TreeSet<>(recorded);
  }

  /** Whether a recording is open. */
  public static boolean isOpen() {
    return recording != NONE;
  }

  /**
   * Records that a check of {@code specId} was evaluated (called by {@link Check}'s constructor);
   * a no-op costing one volatile read when no recording is open.
   */
  static void evaluated(String specId) {
    Set<String> target = recording;
    if (target != NONE) {
      target.add(specId);
    }
  }
}
