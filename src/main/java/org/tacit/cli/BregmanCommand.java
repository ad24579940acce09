package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.ProjectionCertificate;
import org.tacit.exact.RationalMatrix;
import org.tacit.io.InstanceReader;
import org.tacit.io.LinearSystemInput;
import org.tacit.io.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit bregman --in FILE --alpha A}: the entropy Bregman projection
 * {@code x_inf(alpha) = argmin {B_E(x, alpha 1) : x >= 0, Ax = y}} (MS) with its residual and the
 * solver's certified log-error bound. Exit 3 when the solution set has no strictly positive point
 * (the solver then cannot produce a certified projection on every coordinate).
 */
@Command(name = "bregman", mixinStandardHelpOptions = true,
    description = "Entropy Bregman projection of alpha 1 onto {x >= 0, Ax = y}, with a certificate.")
final class BregmanCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "{\"A\": ..., \"y\": ...}")
  private Path input = Path.of("");

  @Option(names = "--alpha", required = true, paramLabel = "A", description = "alpha > 0")
  private double alpha;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new UserInputException("--alpha must be positive and finite, found " + alpha);
    }
    LinearSystemInput system = InstanceReader.readLinearSystem(input);
    EntropyProjectionResult result = solve(system, alpha);
    ObjectNode json = JsonOutput.object();
    json.put("alpha", alpha);
    putArray(json.putArray("x"), result.x());
    putArray(json.putArray("logX"), result.logX());
    JsonOutput.putDouble(json, "residual", result.residualNorm());
    JsonOutput.putDouble(json, "newtonDecrement", result.newtonDecrement());
    json.put("iterations", result.iterations());
    ProjectionCertificate certificate = result.certificate();
    ObjectNode cert = json.putObject("certificate");
    cert.put("certified", certificate.certified());
    JsonOutput.putDouble(cert, "maxLogErrorBound", certificate.maxLogErrorBound());
    JsonOutput.putDouble(cert, "relativeErrorBound", certificate.relativeErrorBound());
    JsonOutput.putDouble(cert, "l1DistanceBound", certificate.l1DistanceBound());
    JsonOutput.print(command.commandLine().getOut(), json, start);
    return ExitCodes.OK;
  }

  /** Solves; a solver refusal (no strictly positive feasible point) is a hypothesis failure. */
  static EntropyProjectionResult solve(LinearSystemInput system, double alpha) {
    try {
      return new EntropyProjection().solve(
          EntropyProjectionProblem.of(RationalMatrix.of(system.a()), system.y()), alpha);
    } catch (IllegalArgumentException e) {
      throw new HypothesisException("no certified projection: " + e.getMessage()
          + " (the projection needs a strictly positive x with Ax = y)");
    }
  }

  static void putArray(ArrayNode array, double[] values) {
    for (double value : values) {
      if (Double.isFinite(value)) {
        array.add(value);
      } else {
        array.add(String.valueOf(value));
      }
    }
  }
}
