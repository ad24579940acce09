package org.tacit.verify;

/**
 * One hypothesis of a spec item, decided on one instance: the single way Tacit reports whether an
 * instance meets what a theorem (or a solver) assumes.
 *
 * <p>Contract: {@code name} names the hypothesis as the paper states it (e.g.
 * {@code "a, b >= 0"}, {@code "theta is a solution"}, {@code "Assumption II.1(c)"}), so that a
 * failure can be matched by name; {@code detail} says why it failed (the evidence, e.g. the
 * residual), or is empty. A hypothesis that holds normally has an empty detail.
 *
 * @param name what is assumed
 * @param holds whether the instance meets it
 * @param detail why not (empty when it holds or when the name says everything)
 */
public record Hypothesis(String name, boolean holds, String detail) {

  /** A hypothesis decided by {@code holds}, without detail. */
  public static Hypothesis of(String name, boolean holds) {
    return new Hypothesis(name, holds, "");
  }

  /** A hypothesis that holds. */
  public static Hypothesis met(String name) {
    return new Hypothesis(name, true, "");
  }

  /** A hypothesis that fails, with the reason. */
  public static Hypothesis failed(String name, String detail) {
    return new Hypothesis(name, false, detail);
  }

  /** {@code name}, followed by {@code ": detail"} when there is a detail. */
  public String describe() {
    return detail.isEmpty() ? name : name + ": " + detail;
  }
}
