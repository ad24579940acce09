package org.tacit.testing.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rule "a test that cites {@code @Verifies("ID")} evaluates a check labelled with that ID",
 * decided for one test (or one class, for class-level citations) against the gap baseline.
 *
 * <p>For each cited ID: evaluated and not baselined: fine; not evaluated and baselined: a known
 * gap (reported, not failed); not evaluated and not baselined: a failure ("cites ... but evaluated
 * no check labelled ..."); evaluated but baselined: a failure (stale baseline row, the list can
 * only shrink). Pure function of its arguments.
 */
public final class TraceabilityGate {

  private TraceabilityGate() {}

  /** The outcome for one test: the cited IDs split by what happened. */
  public record Outcome(String className, String method, SortedSet<String> cited,
      SortedSet<String> evaluated, SortedSet<String> knownGaps, List<String> failures) {

    /** Whether the test passes the gate. */
    public boolean passes() {
      return failures.isEmpty();
    }

    /** The cited IDs evaluated by a check. */
    public SortedSet<String> citedAndEvaluated() {
      SortedSet<String> both = new TreeSet<>(cited);
      both.retainAll(evaluated);
      return both;
    }
  }

  /**
   * Decides the gate for test {@code method} of {@code className} (the method name, or
   * {@link GapBaseline#CLASS_LEVEL}) which cites {@code cited} and evaluated checks of
   * {@code evaluated}.
   */
  public static Outcome decide(String className, String method, Set<String> cited,
      Set<String> evaluated, GapBaseline baseline) {
    SortedSet<String> knownGaps = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    String test = className + (method.equals(GapBaseline.CLASS_LEVEL) ? " (class-level @Verifies)"
        : "#" + method);
    for (String id : new TreeSet<>(cited)) {
      boolean wasEvaluated = evaluated.contains(id);
      boolean baselined = baseline.find(className, method, id).isPresent();
      if (!wasEvaluated && baselined) {
        knownGaps.add(id);
      } else if (!wasEvaluated) {
        failures.add(test + " cites " + id + " but evaluated no check labelled " + id
            + "; evaluated: " + new TreeSet<>(evaluated)
            + " (evaluate the item's checker or build its check where the test asserts; see "
            + "proofs-notes/traceability-to-the-check.md)");
      } else if (baselined) {
        failures.add(test + " now evaluates a check labelled " + id + ": remove the stale row ("
            + className + ", " + method + ", " + id + ") from " + GapBaseline.PATH);
      }
    }
    return new Outcome(className, method, new TreeSet<>(cited), new TreeSet<>(evaluated),
        knownGaps, failures);
  }
}
