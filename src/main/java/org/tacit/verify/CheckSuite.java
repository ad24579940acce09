package org.tacit.verify;

/**
 * A checker paired with a built-in instance family: what {@code tacit check --all} runs and what
 * a property test drives.
 *
 * @param <I> the instance type
 * @param checker the checker
 * @param family instances meeting the checker's hypotheses
 */
public record CheckSuite<I>(TheoremChecker<I> checker, InstanceFamily<I> family) {

  /** Draws one instance and checks it. */
  public Verdict runOnce(Draws draws) {
    return checker.check(family.draw(draws));
  }

  /** The checked item. */
  public String specId() {
    return checker.specId();
  }
}
