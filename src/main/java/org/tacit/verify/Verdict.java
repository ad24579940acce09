package org.tacit.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The result of running one theorem checker on one instance: the hypotheses decided on the
 * instance (in order, up to the first that fails) and the checks of the statement and of each
 * proof step it mirrors.
 *
 * <p>Contract: {@link #holds()} is true only when every hypothesis holds, at least one check was
 * evaluated and every check holds; a verdict whose hypotheses are not met carries no checks and
 * {@link #failedHypothesis()} names the hypothesis that failed. Verdicts built by
 * {@link TheoremChecker#check} always list the hypotheses they decided; verdicts assembled
 * directly from checks ({@link #of(String, String, List)}) list none.
 *
 * @param specId the item checked (e.g. {@code NRSS:lem-A.1})
 * @param instanceLabel a short description of the instance (seed, sizes)
 * @param hypotheses the hypotheses decided, in order
 * @param checks the statement's checks and those of its proof steps
 */
public record Verdict(
    String specId,
    String instanceLabel,
    List<Hypothesis> hypotheses,
    List<Check> checks) {

  /** Compact canonical constructor: copies the lists. */
  public Verdict {
    hypotheses = List.copyOf(hypotheses);
    checks = List.copyOf(checks);
  }

  /** A verdict assembled from checks alone (no hypotheses recorded). */
  public static Verdict of(String specId, String instanceLabel, List<Check> checks) {
    return new Verdict(specId, instanceLabel, List.of(), checks);
  }

  /**
   * The verdict of an evaluation: when some hypothesis of {@code hypotheses} fails, the checks are
   * dropped (they are meaningless without the hypotheses).
   */
  public static Verdict decided(String specId, String instanceLabel, Hypotheses hypotheses,
      List<Check> checks) {
    return new Verdict(specId, instanceLabel, hypotheses.list(),
        hypotheses.allHold() ? checks : List.of());
  }

  /** A verdict for an instance that does not meet the hypothesis {@code failed}. */
  public static Verdict hypothesisFailed(String specId, String instanceLabel, Hypothesis failed) {
    if (failed.holds()) {
      throw new IllegalArgumentException("hypothesis " + failed.name() + " holds");
    }
    return new Verdict(specId, instanceLabel, List.of(failed), List.of());
  }

  /** Whether every hypothesis decided holds. */
  public boolean hypothesesMet() {
    return hypotheses.stream().allMatch(Hypothesis::holds);
  }

  /** The first hypothesis that fails, if any. */
  public Optional<Hypothesis> failedHypothesis() {
    return hypotheses.stream().filter(h -> !h.holds()).findFirst();
  }

  /** {@link Hypothesis#describe} of the failed hypothesis, or null when they are all met. */
  public @Nullable String hypothesisFailure() {
    return failedHypothesis().map(Hypothesis::describe).orElse(null);
  }

  /** Whether the hypotheses were met and every check holds (and there is at least one). */
  public boolean holds() {
    return hypothesesMet() && !checks.isEmpty() && checks.stream().allMatch(Check::holds);
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

  /**
   * The smallest margin over every check of this verdict (the item's own checks and those of its
   * proof steps and parts), ignoring NaN margins; NaN when there is no check with a margin.
   */
  public double worstMarginOfAllChecks() {
    return checks.stream().mapToDouble(Check::margin).filter(m -> !Double.isNaN(m)).min()
        .orElse(Double.NaN);
  }

  /**
   * Whether the verdict holds and at least one check holds only within its stated tolerance
   * ({@link Check#holdsWithinToleranceOnly}).
   */
  public boolean holdsWithinToleranceOnly() {
    return holds() && checks.stream().anyMatch(Check::holdsWithinToleranceOnly);
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

  /** A multi-line description: the header, the hypotheses, then one line per check. */
  public String describe() {
    String header = specId + " on " + instanceLabel + ": "
        + (hypothesesMet() ? (holds() ? "holds" : checks.isEmpty() ? "FAILS (no checks: a verdict"
            + " without checks cannot hold)" : "FAILS") : "hypothesis not met: "
            + hypothesisFailure());
    String assumed = hypotheses.isEmpty() ? "" : "\n  hypotheses: " + hypotheses.stream()
        .map(h -> h.holds() ? h.name() : h.describe() + " (FAILS)")
        .collect(Collectors.joining("; "));
    return header + assumed
        + checks.stream().map(c -> "\n  " + c.describe()).collect(Collectors.joining());
  }
}
