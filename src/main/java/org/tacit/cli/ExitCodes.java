package org.tacit.cli;

/**
 * Exit codes of the command line (design brief, plus {@link #CHECK_FAILED}).
 */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;
  /** Internal error (a bug in Tacit): one line, and the stack trace with {@code TACIT_DEBUG=1}. */
  public static final int INTERNAL = 1;
  /** Bad input: one line naming the file, field and problem. */
  public static final int BAD_INPUT = 2;
  /** The instance does not meet the hypotheses the command needs, saying which. */
  public static final int HYPOTHESIS = 3;
  /** A theorem check ran and failed on some instance (extension of the design brief). */
  public static final int CHECK_FAILED = 4;

  private ExitCodes() {}
}
