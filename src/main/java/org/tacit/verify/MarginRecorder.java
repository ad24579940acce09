package org.tacit.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects {@link MarginStats} per spec item from verdicts. Thread-safe.
 *
 * <p>Each verdict counts as one instance for every item that one of its checks names; within a
 * verdict, the worst check of an item gives the item's margin, and the instance counts as failed
 * if any of that item's checks fails. A verdict whose hypotheses were not met counts as one
 * failed instance of its own item (a generator must only produce instances that meet them).
 */
public final class MarginRecorder {

  private final Map<String, MarginStats> stats = new LinkedHashMap<>();

  /** Records one verdict under the given source (test or command name). */
  public synchronized void record(Verdict verdict, String source) {
    if (!verdict.hypothesesMet()) {
      add(new MarginStats(verdict.specId(), 1, 1, Double.NaN,
          "hypothesis not met: " + verdict.hypothesisFailure(), source));
      return;
    }
    Map<String, MarginStats> perItem = new LinkedHashMap<>();
    for (Check check : verdict.checks()) {
      MarginStats one = MarginStats.of(check, source);
      MarginStats previous = perItem.get(check.specId());
      if (previous == null) {
        perItem.put(check.specId(), one);
      } else {
        MarginStats merged = previous.merge(one);
        perItem.put(check.specId(), new MarginStats(merged.specId(), 1,
            merged.failures() > 0 ? 1 : 0, merged.worstMargin(), merged.worstLabel(), source));
      }
    }
    perItem.values().forEach(this::add);
  }

  private void add(MarginStats one) {
    stats.merge(one.specId(), one, MarginStats::merge);
  }

  /** A snapshot of the aggregates, in first-recorded order. */
  public synchronized List<MarginStats> snapshot() {
    return new ArrayList<>(stats.values());
  }

  /** Forgets everything recorded so far. */
  public synchronized void clear() {
    stats.clear();
  }
}
