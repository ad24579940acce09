package org.tacit.verify;

/**
 * Checks one spec item on one instance: verifies the item's hypotheses, evaluates the statement
 * and the proof steps it mirrors, and returns the {@link Verdict} with their margins. This is the
 * single implementation of each statement, shared by property tests, {@code tacit check} and the
 * report (design brief, "Checkers are library code").
 *
 * @param <I> the instance type
 */
public interface TheoremChecker<I> {

  /** The spec ID of the item checked, e.g. {@code NRSS:lem-A.1}. */
  String specId();

  /** Checks the item on {@code instance}. */
  Verdict check(I instance);

  /** A short description of an instance, used as the verdict's instance label. */
  String describe(I instance);
}
