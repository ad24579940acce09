package org.tacit.cli;

import java.io.PrintWriter;
import org.tacit.io.UserInputException;
import org.tacit.spec.SpecFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code tacit} command line. Every command writes one JSON object to stdout and progress to
 * stderr; exit codes are those of {@link ExitCodes}. User mistakes (unknown command, bad option,
 * unreadable or malformed input) print one line on stderr and exit 2, without a stack trace.
 */
@Command(
    name = "tacit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Verified reference implementation of implicit-regularization theorems.",
    subcommands = {SpecCommand.class, CheckCommand.class, LpCommand.class, L1minCommand.class,
        NullspaceCommand.class, BregmanCommand.class, FlowCommand.class, DlnCommand.class,
        ReproduceCommand.class, MergeCommand.class, BenchCommand.class, GradeCommand.class})
public final class TacitMain implements Runnable {

  @CommandLine.Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command");
  }

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new TacitMain());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      err.println("tacit: " + exception.getMessage() + " (see 'tacit --help')");
      err.flush();
      return ExitCodes.BAD_INPUT;
    });
    commandLine.setExecutionExceptionHandler((exception, parsed, parseResult) -> {
      if (exception instanceof UserInputException || exception instanceof SpecFormatException) {
        err.println("tacit: error: " + exception.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      if (exception instanceof HypothesisException) {
        err.println("tacit: hypothesis not met: " + exception.getMessage());
        err.flush();
        return ExitCodes.HYPOTHESIS;
      }
      err.println("tacit: internal error: " + exception);
      if (System.getenv("TACIT_DEBUG") != null) {
        exception.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    });
    return commandLine.execute(args);
  }
}
