package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tacit.l1rate.model.AssumptionII1Exception;
import org.tacit.l1rate.model.NullSpaceConstants;
import org.tacit.l1rate.model.NullSpaceConstantsSolver;
import org.tacit.l1rate.model.SearchProgress;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit nullspace --in FILE [--exact]}: the MS null-space constants of {@code (A, y)},
 * printed as {@code {"support", "rho", "rhoTilde", "rhoMinus", "kappa", "xStar", "witness":
 * {"rho", "rhoTilde", "rhoMinus"}, "linearPrograms", "solver", "elapsedMs"}}; each witness is a
 * maximizer n normalized to {@code ||n_{S^c}||_1 = 1}. Exact values as {@code "p/q"} strings with
 * {@code --exact}. Exit 3 when Assumption II.1 fails, naming the part. A search that runs longer
 * than 2 s reports its progress on stderr every 2 s.
 *
 * <p>Spec: {@code MS:eq-II.1}, {@code MS:eq-II.2}, {@code MS:def-II.1}, {@code MS:asm-II.1}.
 */
@Command(name = "nullspace", mixinStandardHelpOptions = true,
    description = "MS null-space constants rho, rho~, rho^-, kappa* with maximizers.")
final class NullspaceCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, paramLabel = "FILE",
      description = "JSON instance {\"A\": [[...]], \"y\": [...]}")
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private Path in;

  @Option(names = "--exact", description = "exact rational LPs; values as \"p/q\" strings")
  private boolean exact;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    LinearSystem system = Inputs.linearSystem(in);
    long start = System.nanoTime();
    PrintWriter err = command.commandLine().getErr();
    SearchProgress progress = (constant, linearPrograms, bestSoFar) -> {
      err.printf(Locale.ROOT, "[nullspace] %s: %d LPs so far, best %.9g (%.1f s)%n", constant,
          linearPrograms, bestSoFar, (System.nanoTime() - start) / 1e9);
      err.flush();
    };
    NullSpaceConstants constants;
    try {
      constants = NullSpaceConstantsSolver.compute(system,
          exact ? LpPrecision.EXACT : LpPrecision.DOUBLE, progress);
    } catch (AssumptionII1Exception e) {
      throw new HypothesisException(in + ": " + e.getMessage());
    }
    ObjectNode out = JsonOutput.object();
    JsonOutput.putIntegers(out, "support", constants.support());
    JsonOutput.putRational(out, "rho", constants.rho(), exact);
    JsonOutput.putRational(out, "rhoTilde", constants.rhoTilde(), exact);
    JsonOutput.putRational(out, "rhoMinus", constants.rhoMinus(), exact);
    JsonOutput.putRational(out, "kappa", constants.kappa(), exact);
    JsonOutput.putRationals(out, "xStar", constants.xStar(), exact);
    ObjectNode witness = out.putObject("witness");
    JsonOutput.putRationals(witness, "rho", constants.rhoWitness(), exact);
    JsonOutput.putRationals(witness, "rhoTilde", constants.rhoTildeWitness(), exact);
    JsonOutput.putRationals(witness, "rhoMinus", constants.rhoMinusWitness(), exact);
    out.put("linearPrograms", constants.linearPrograms());
    out.put("doublePrecisionOnlyLinearPrograms", constants.doublePrecisionOnly());
    out.put("solver", exact ? "exact" : "double");
    JsonOutput.print(command.commandLine().getOut(), out, start);
    return ExitCodes.OK;
  }
}
