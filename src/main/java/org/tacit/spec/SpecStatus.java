package org.tacit.spec;

import java.util.Locale;

/**
 * How far a spec item is checked (design brief, "Spec and traceability").
 */
public enum SpecStatus {
  /** Statement and proof steps checked by tests on instances that meet the hypotheses. */
  VERIFIED,
  /** Part of the item is checked; {@code why} says what is not. */
  PARTIAL,
  /** Not implemented yet; {@code why} says by which issue and how it will be checked. */
  PLANNED,
  /** Cannot be checked numerically; {@code why} gives the reason. */
  NOT_CHECKABLE;

  /** The spelling used in spec files, e.g. {@code not-checkable}. */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses the spec-file spelling; throws {@link IllegalArgumentException} on anything else. */
  public static SpecStatus parse(String text) {
    for (SpecStatus status : values()) {
      if (status.spelling().equals(text)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "unknown status '" + text + "' (expected verified, partial, planned or not-checkable)");
  }
}
