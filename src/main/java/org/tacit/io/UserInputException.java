package org.tacit.io;

/**
 * Bad input from the user (a file, a field, an option value). The command line prints the message
 * as one line and exits with code 2; the message names the file, the field and the problem.
 */
public final class UserInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem described in full by {@code message}. */
  public UserInputException(String message) {
    super(message);
  }

  /** A problem with {@code field} of {@code file}. */
  public static UserInputException at(String file, String field, String problem) {
    return new UserInputException(file + ": " + field + ": " + problem);
  }
}
