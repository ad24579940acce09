package org.tacit.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The result of running one theorem checker on one instance: whether the instance met the
 * item's hypotheses, and the checks of the statement and of each proof step it mirrors.
 *
 * <p>Contract: when {@code hypothesesMet} is false the list of checks may be empty and
 * {@link #holds()} is false; {@code hypothesisFailure} then says which hypothesis failed.
 *
 * @param specId the item checked (e.g. {@code NRSS:lem-A.1})
 * @param instanceLabel a short description of the instance (seed, sizes)
 * @param hypothesesMet whether the instance met the item's hypotheses
 * @param hypothesisFailure the failed hypothesis, or null
 * @param checks the statement's checks and those of its proof steps
 */
public record Verdict(
    String specId,
    String instanceLabel,
    boolean hypothesesMet,
    @Nullable String hypothesisFailure,
    List<Check> checks) {

  /** Compact canonical constructor: copies the list. */
  public Verdict {
    checks = List.copyOf(checks);
  }

  /** A verdict for an instance that met the hypotheses. */
  public static Verdict of(String specId, String instanceLabel, List<Check> checks) {
    return new Verdict(specId, instanceLabel, true, null, checks);
  }

  /** A verdict for an instance that does not meet the hypotheses: names the failed one. */
  public static Verdict hypothesisFailed(String specId, String instanceLabel, String which) {
    return new Verdict(specId, instanceLabel, false, which, List.of());
  }

  /** Whether the hypotheses were met and every check holds. */
  public boolean holds() {
    return hypothesesMet && !checks.isEmpty() && checks.stream().allMatch(Check::holds);
  }

  /** The smallest margin over the checks of {@code id}, or NaN if there is none. */
  public double worstMargin(String id) {
    return checks.stream().filter(c -> c.specId().equals(id)).mapToDouble(Check::margin)
        .min().orElse(Double.NaN);
  }

  /** The smallest margin over the checks of this verdict's own item, or NaN if none. */
  public double worstMargin() {
    return worstMargin(specId);
  }

  /** The checks that fail. */
  public List<Check> failures() {
    List<Check> failed = new ArrayList<>();
    for (Check check : checks) {
      if (!check.holds()) {
        failed.add(check);
      }
    }
    return failed;
  }

  /** A multi-line description: the header, then one line per check. */
  public String describe() {
    String header = specId + " on " + instanceLabel + ": "
        + (hypothesesMet ? (holds() ? "holds" : checks.isEmpty() ? "FAILS (no checks: a verdict"
            + " without checks cannot hold)" : "FAILS") : "hypothesis not met: " + hypothesisFailure);
    return header + checks.stream().map(c -> "\n  " + c.describe()).collect(Collectors.joining());
  }
}
