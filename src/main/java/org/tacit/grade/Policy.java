package org.tacit.grade;

import org.tacit.exact.BigRational;

/**
 * A tolerance policy of a question: how a submitted answer is compared with the reference.
 *
 * @param kind the rule
 * @param tolerance the instructor's tolerance (absolute or relative; zero for the other kinds)
 */
public record Policy(Kind kind, BigRational tolerance) {

  /** The rules. */
  public enum Kind {
    /** Exact rational equality of every entry. */
    EXACT("exact"),
    /** max_i |got_i - expected_i| <= tolerance + reference error. */
    ABSOLUTE("absolute"),
    /** max_i |got_i - expected_i| <= tolerance * max_i |expected_i| + reference error. */
    RELATIVE("relative"),
    /** Set equality (answers of shape SET). */
    SET("set"),
    /** Equality of the sign patterns (each entry -1, 0 or +1 as the reference's). */
    SIGN_PATTERN("sign-pattern"),
    /** |got - expected| <= the reference's own certified error bound (nothing more). */
    CERTIFIED("within-certified-bound"),
    /** true/false equality (answers of shape VERDICT). */
    VERDICT("verdict");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The name in assignment files. */
    public String key() {
      return key;
    }
  }

  /** A policy without a tolerance. */
  public static Policy of(Kind kind) {
    return new Policy(kind, BigRational.ZERO);
  }

  /** How the policy reads in explanations, e.g. {@code "absolute 1/1000"}. */
  public String describe() {
    return kind == Kind.ABSOLUTE || kind == Kind.RELATIVE ? kind.key + " " + tolerance : kind.key;
  }
}
