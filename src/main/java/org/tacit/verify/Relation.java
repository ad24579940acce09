package org.tacit.verify;

/**
 * The relation a {@link Check} asserts between its left side L and right side R.
 *
 * <p>Spec: margins as defined by the design brief (section "Spec and traceability").
 */
public enum Relation {
  /** {@code L <= R}. */
  LESS_OR_EQUAL("<="),
  /** {@code L < R}. */
  LESS("<"),
  /** {@code L = R} (exactly, or within the check's stated tolerance). */
  EQUAL("=");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  /** The printed symbol. */
  public String symbol() {
    return symbol;
  }
}
