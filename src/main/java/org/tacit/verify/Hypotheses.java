package org.tacit.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The hypotheses decided on one instance, in the order they were decided: what a
 * {@link TheoremChecker} fills while it evaluates an instance, and what model classes return when
 * they verify their own preconditions (e.g. "theta is a solution").
 *
 * <p>Usage in a checker: {@code if (!hypotheses.require("p >= 1", p >= 1)) return List.of();} —
 * every {@code require} records the hypothesis and returns whether it holds, so a checker stops
 * at the first failure and the verdict names it. Not thread-safe (one instance per evaluation).
 */
public final class Hypotheses {

  private final List<Hypothesis> decided = new ArrayList<>();

  /** Records {@code hypothesis}; returns whether it holds. */
  public boolean require(Hypothesis hypothesis) {
    decided.add(hypothesis);
    return hypothesis.holds();
  }

  /** Records hypothesis {@code name} decided by {@code holds}; returns {@code holds}. */
  public boolean require(String name, boolean holds) {
    return require(Hypothesis.of(name, holds));
  }

  /**
   * Records hypothesis {@code name} decided by {@code holds}, with {@code detail} explaining a
   * failure (ignored when it holds); returns {@code holds}.
   */
  public boolean require(String name, boolean holds, String detail) {
    return require(new Hypothesis(name, holds, holds ? "" : detail));
  }

  /** Records every hypothesis of {@code other}, in order; returns whether all of them hold. */
  public boolean requireAll(Hypotheses other) {
    decided.addAll(other.decided);
    return other.allHold();
  }

  /** Whether every recorded hypothesis holds (true when none was recorded). */
  public boolean allHold() {
    return decided.stream().allMatch(Hypothesis::holds);
  }

  /** The first recorded hypothesis that fails. */
  public Optional<Hypothesis> firstFailure() {
    return decided.stream().filter(h -> !h.holds()).findFirst();
  }

  /** {@link Hypothesis#describe} of the first failure, or null when all hold. */
  public @Nullable String failureMessage() {
    return firstFailure().map(Hypothesis::describe).orElse(null);
  }

  /** The recorded hypotheses, in order (a copy). */
  public List<Hypothesis> list() {
    return List.copyOf(decided);
  }
}
