package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacit.exact.BigRational;
import org.tacit.lp.DoubleSimplexSolver;
import org.tacit.lp.ExactSimplexSolver;
import org.tacit.lp.LinearProgram;
import org.tacit.lp.LpCertificateVerifier;
import org.tacit.lp.LpResult;
import org.tacit.lp.LpStatus;
import org.tacit.lp.LpTolerances;
import org.tacit.lp.MpsFormat;
import org.tacit.lp.MpsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit lp --mps FILE [--exact] [--fixed]}: solves the LP of an MPS file and prints
 * {@code {"status", "objective", "x": {name: value}, "certificateVerified", "elapsedMs"}}; an
 * infeasible LP also gets {@code "farkas": {row: y}}, an unbounded one {@code "ray": {column: r}}
 * with {@code "x"} a feasible point. With {@code --exact} the exact rational simplex runs and
 * values are exact {@code "p/q"} strings; otherwise the double simplex runs, values are JSON
 * numbers, and its certificate is checked at {@link LpTolerances#DOUBLE_CERTIFICATE}. Reader
 * warnings go to stderr; a malformed file exits 2 with {@code file:line: problem}.
 */
@Command(name = "lp", mixinStandardHelpOptions = true,
    description = "Solve an LP from an MPS file, with a checked certificate.")
final class LpCommand implements Callable<Integer> {

  @Option(names = "--mps", required = true, paramLabel = "FILE", description = "the MPS file")
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private Path mps;

  @Option(names = "--exact", description = "exact rational simplex; values as \"p/q\" strings")
  private boolean exact;

  @Option(names = "--fixed", description = "fixed-column MPS (names with spaces); default free")
  private boolean fixed;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    MpsReader.Result read = MpsReader.read(mps, fixed ? MpsFormat.FIXED : MpsFormat.FREE);
    read.warnings().forEach(warning -> err.println("tacit: warning: " + warning));
    err.flush();
    LinearProgram program = read.program();
    long start = System.nanoTime();
    LpResult result = exact ? new ExactSimplexSolver().solve(program)
        : new DoubleSimplexSolver().solve(program);
    boolean verified = (exact ? LpCertificateVerifier.verifyExact(program, result)
        : LpCertificateVerifier.verify(program, result, LpTolerances.DOUBLE_CERTIFICATE)).holds();
    ObjectNode out = JsonOutput.object();
    out.put("status", result.status().spelling());
    BigRational objective = result.objective();
    if (objective != null) {
      JsonOutput.putRational(out, "objective", objective, exact);
    }
    List<String> columnNames = program.columns().stream().map(c -> c.name()).toList();
    if (!result.x().isEmpty()) {
      putNamed(out.putObject("x"), columnNames, result.x());
    }
    if (result.status() == LpStatus.INFEASIBLE) {
      putNamed(out.putObject("farkas"), program.rows().stream().map(r -> r.name()).toList(),
          result.rowDuals());
    }
    if (result.status() == LpStatus.UNBOUNDED) {
      putNamed(out.putObject("ray"), columnNames, result.ray());
    }
    out.put("certificateVerified", verified);
    out.put("solver", exact ? "exact" : "double");
    out.put("pivots", result.pivots());
    JsonOutput.print(command.commandLine().getOut(), out, start);
    return ExitCodes.OK;
  }

  private void putNamed(ObjectNode node, List<String> names, List<BigRational> values) {
    for (int k = 0; k < names.size(); k++) {
      JsonOutput.putRational(node, names.get(k), values.get(k), exact);
    }
  }
}
