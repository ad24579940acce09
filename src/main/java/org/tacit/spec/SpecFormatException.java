package org.tacit.spec;

/**
 * A spec file is malformed: the message starts with {@code file:line:}.
 */
public final class SpecFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem at {@code file:line}. */
  public SpecFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
