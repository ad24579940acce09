package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacit.exact.BigRational;
import org.tacit.lp.L1Solution;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.CheckedL1Minimizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit l1min --in FILE [--exact] [--nonneg]}: the l1 minimizer of {@code A x = y} (with
 * {@code x >= 0} under {@code --nonneg}) and its uniqueness decision, printed as
 * {@code {"x", "value", "unique", "uniqueness", "support", "solver", "elapsedMs"}}. Exact values as
 * {@code "p/q"} strings with {@code --exact}. Without {@code --exact} the double result is checked
 * against the data exactly and replaced by the exact solve when it fails
 * ({@link CheckedL1Minimizer}; then {@code "solver": "exact"}, a {@code "fallback"} field and a
 * warning on stderr say why). Exit 3 when the system has no (nonnegative) solution.
 *
 * <p>Spec: {@code MS:def-I.2}, {@code MS:asm-II.1}(c).
 */
@Command(name = "l1min", mixinStandardHelpOptions = true,
    description = "l1 minimizer of A x = y (optionally x >= 0) with an uniqueness decision.")
final class L1minCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, paramLabel = "FILE",
      description = "JSON instance {\"A\": [[...]], \"y\": [...]}")
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private Path in;

  @Option(names = "--exact", description = "exact rational simplex; values as \"p/q\" strings")
  private boolean exact;

  @Option(names = "--nonneg", description = "minimize over x >= 0 (the MS problem)")
  private boolean nonneg;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    LinearSystem system = Inputs.linearSystem(in);
    long start = System.nanoTime();
    LpPrecision precision = exact ? LpPrecision.EXACT : LpPrecision.DOUBLE;
    CheckedL1Minimizer.Result result = CheckedL1Minimizer.solve(system, nonneg, precision);
    L1Solution solution = result.solution();
    result.fallback().ifPresent(reason ->
        command.commandLine().getErr().println("tacit: warning: " + reason));
    BigRational value = solution.value();
    if (!solution.feasible() || value == null) {
      throw new HypothesisException(in + ": A x = y has no " + (nonneg ? "nonnegative " : "")
          + "solution");
    }
    ObjectNode out = JsonOutput.object();
    JsonOutput.putRationals(out, "x", solution.x(), exact);
    JsonOutput.putRational(out, "value", value, exact);
    out.put("unique", solution.unique());
    out.put("uniqueness", solution.reason());
    JsonOutput.putIntegers(out, "support", solution.support());
    out.put("problem", nonneg ? "nonnegative" : "signed");
    out.put("solver", solution.exact() ? "exact" : "double");
    result.fallback().ifPresent(reason -> out.put("fallback", reason));
    JsonOutput.print(command.commandLine().getOut(), out, start);
    return ExitCodes.OK;
  }
}
