package org.tacit.cli;

/**
 * The user's instance does not meet a hypothesis the command needs; exit code 3.
 */
public final class HypothesisException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** {@code message} says which hypothesis fails. */
  public HypothesisException(String message) {
    super(message);
  }
}
