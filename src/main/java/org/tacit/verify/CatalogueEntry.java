package org.tacit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One registered theorem checker: what {@code tacit check --all} runs and what the contract test
 * covers. Each paper package exports its entries through one {@link Catalogue}.
 *
 * @param name unique name of the entry (the spec ID, with a suffix such as {@code /real} when an
 *     item has several checkers)
 * @param suite the checker and its built-in instance family (instances meet the hypotheses by
 *     construction)
 * @param reader reads a user's instance for {@code tacit check ID --in FILE}, or null when the
 *     checker runs on built-in instances only
 * @param violation a deliberately broken instance and the hypothesis it violates
 * @param skipsUnmetHypotheses whether built-in instances may miss a hypothesis that no generator
 *     can guarantee (GD converging within its budget); such instances are counted as skipped, not
 *     as failures, and the entry fails if every instance is skipped
 * @param instanceCap the number of built-in instances {@code tacit check} runs when the user does
 *     not ask for a count, for entries whose every instance is a long computation (a training run
 *     to convergence); 0 when the command's default applies. A count the user gives is always
 *     honoured.
 * @param capReason why the entry is capped (shown beside the count), empty when it is not
 * @param <I> the instance type
 */
public record CatalogueEntry<I>(String name, CheckSuite<I> suite,
    @Nullable JsonInstanceReader<I> reader, HypothesisViolation<I> violation,
    boolean skipsUnmetHypotheses, int instanceCap, String capReason) {

  /** Validates the cap: non-negative, with a reason exactly when positive. */
  public CatalogueEntry {
    if (instanceCap < 0 || (instanceCap > 0) == capReason.isEmpty()) {
      throw new IllegalArgumentException(name + ": instance cap " + instanceCap
          + " needs a reason exactly when positive");
    }
  }

  /** An entry without a cap. */
  public CatalogueEntry(String name, CheckSuite<I> suite, @Nullable JsonInstanceReader<I> reader,
      HypothesisViolation<I> violation, boolean skipsUnmetHypotheses) {
    this(name, suite, reader, violation, skipsUnmetHypotheses, 0, "");
  }

  /** An entry whose built-in instances meet every hypothesis by construction. */
  public static <I> CatalogueEntry<I> of(String name, CheckSuite<I> suite,
      @Nullable JsonInstanceReader<I> reader, HypothesisViolation<I> violation) {
    return new CatalogueEntry<>(name, suite, reader, violation, false);
  }

  /**
   * This entry with its default built-in instance count capped at {@code cap >= 1}, for the stated
   * reason (e.g. "each instance runs GD to interpolation").
   */
  public CatalogueEntry<I> withInstanceCap(int cap, String reason) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be >= 1, got " + cap);
    }
    return new CatalogueEntry<>(name, suite, reader, violation, skipsUnmetHypotheses, cap, reason);
  }

  /**
   * The number of built-in instances to run when the command's default is {@code defaultCount}:
   * the smaller of the two when the entry is capped.
   */
  public int instancesByDefault(int defaultCount) {
    return instanceCap > 0 ? Math.min(instanceCap, defaultCount) : defaultCount;
  }

  /** The checked item. */
  public String specId() {
    return suite.specId();
  }

  /** The checker. */
  public TheoremChecker<I> checker() {
    return suite.checker();
  }

  /** A description of the built-in instances. */
  public String familyName() {
    return suite.family().name();
  }

  /** Draws one built-in instance and checks it. */
  public Verdict runOnce(Draws draws) {
    return suite.runOnce(draws);
  }

  /** Draws the broken instance and checks it. */
  public Verdict runViolation(Draws draws) {
    return suite.checker().check(violation.instance().apply(draws));
  }

  /** The checker's instance type, when its class hierarchy names a concrete one. */
  public Optional<Class<?>> instanceType() {
    return InstanceType.of(suite.checker().getClass());
  }

  /**
   * Checks an instance built outside the entry (e.g. read generically from JSON).
   *
   * @throws IllegalArgumentException if {@code instance} is not of {@link #instanceType()}
   */
  public Verdict checkInstance(Object instance) {
    Class<?> type = instanceType().orElseThrow(() -> new IllegalArgumentException(name
        + ": the checker's instance type is not a concrete class"));
    if (!type.isInstance(instance)) {
      throw new IllegalArgumentException(name + " checks " + type.getSimpleName() + ", not "
          + instance.getClass().getSimpleName());
    }
    // I is the type argument instanceType() read from the checker's class: the check above makes
    // this cast safe
    @SuppressWarnings("unchecked")
    I typed = (I) instance;
    return suite.checker().check(typed);
  }

  /**
   * Checks a user's instance given as JSON, or empty when the entry has no reader (built-in
   * instances only).
   */
  public Optional<Verdict> checkJson(JsonNode json, String file) {
    JsonInstanceReader<I> r = reader;
    return r == null ? Optional.empty() : Optional.of(suite.checker().check(r.read(json, file)));
  }
}
