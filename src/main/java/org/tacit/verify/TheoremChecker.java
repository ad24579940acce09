package org.tacit.verify;

import java.util.List;

/**
 * Checks one spec item on one instance: decides the item's hypotheses, evaluates the statement
 * and the proof steps it mirrors, and returns the {@link Verdict} with their margins. This is the
 * single implementation of each statement, shared by property tests, {@code tacit check} and the
 * report (design brief, "Checkers are library code").
 *
 * <p>Contract (the template {@link #check}): the spec ID is declared once, in the constructor;
 * the verdict's instance label is always {@link #describe}; {@link #evaluate} records every
 * hypothesis it decides in the given {@link Hypotheses} (by name, as the paper states it) and
 * returns the checks; when a hypothesis fails the checks are discarded and the verdict names the
 * failed hypothesis, so an instance outside the theorem's hypotheses can never pass. The contract
 * test ({@code CheckerContractTest}) runs over every checker a catalogue registers.
 *
 * @param <I> the instance type
 */
public abstract class TheoremChecker<I> {

  private final String specId;

  /** A checker of the item {@code specId} (e.g. {@code NRSS:lem-A.1}). */
  protected TheoremChecker(String specId) {
    this.specId = specId;
  }

  /** The spec ID of the item checked, e.g. {@code NRSS:lem-A.1}. */
  public final String specId() {
    return specId;
  }

  /** A short description of an instance: the verdict's instance label. */
  public abstract String describe(I instance);

  /** Checks the item on {@code instance}. */
  public final Verdict check(I instance) {
    String label = describe(instance);
    Hypotheses hypotheses = new Hypotheses();
    List<Check> checks = evaluate(instance, hypotheses);
    return Verdict.decided(specId, label, hypotheses, checks);
  }

  /**
   * Decides the hypotheses on {@code instance} (recording each in {@code hypotheses}, stopping at
   * the first that fails) and, when they hold, evaluates the statement and its proof steps.
   *
   * @return the checks (ignored when a hypothesis failed)
   */
  protected abstract List<Check> evaluate(I instance, Hypotheses hypotheses);
}
