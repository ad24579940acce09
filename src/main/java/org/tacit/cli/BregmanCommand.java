package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.ProjectionCertificate;
import org.tacit.io.InstanceReader;
import org.tacit.io.LinearSystemInput;
import org.tacit.io.UserInputException;
import org.tacit.l1rate.model.DirectDeviation;
import org.tacit.lp.L1Solution;
import org.tacit.lp.LinearSystem;
import org.tacit.lp.LpPrecision;
import org.tacit.lp.NonnegativeL1Minimizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit bregman --in FILE --alpha A}: the entropy Bregman projection
 * {@code x_inf(alpha) = argmin {B_E(x, alpha 1) : x >= 0, Ax = y}} (MS) with its residual and the
 * solver's certified log-error bound. Coordinates that vanish on the whole feasible set (MS Lemma
 * III.2) are none when the projection on the full mask is certified, and are otherwise found by
 * one exact LP ({@code FeasibleSupport}; see {@link Projections}); they are reported as
 * {@code zeroOnFeasibleSet}; the projection is positive on all others. When the nonnegative l1
 * minimizer x* is unique, {@code deviationL1 = ||x_inf(alpha) - x*||_1} and its S and S^c parts
 * are computed directly (never by subtracting nearly equal vectors) and also given as
 * {@code log10DeviationL1} (meaningful below the double range). Exit 3 when no x >= 0 solves
 * A x = y or the solver cannot certify a projection.
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
    LinearSystem exact = Inputs.exact(system);
    Projections.SupportedProjection projection = Projections.projectOnMaximalSupport(exact, alpha);
    boolean[] mask = projection.mask();
    EntropyProjectionResult result = projection.result();
    ObjectNode json = JsonOutput.object();
    json.put("alpha", alpha);
    JsonOutput.putIntegers(json, "zeroOnFeasibleSet",
        IntStream.range(0, mask.length).filter(j -> !mask[j]).toArray());
    JsonOutput.putDoubles(json, "x", result.x());
    JsonOutput.putDoubles(json, "logX", result.logX());
    JsonOutput.putDouble(json, "residual", result.residualNorm());
    JsonOutput.putDouble(json, "newtonDecrement", result.newtonDecrement());
    json.put("iterations", result.iterations());
    ProjectionCertificate certificate = result.certificate();
    ObjectNode cert = json.putObject("certificate");
    cert.put("certified", certificate.certified());
    JsonOutput.putDouble(cert, "maxLogErrorBound", certificate.maxLogErrorBound());
    JsonOutput.putDouble(cert, "relativeErrorBound", certificate.relativeErrorBound());
    JsonOutput.putDouble(cert, "l1DistanceBound", certificate.l1DistanceBound());
    putDeviation(json, exact, result);
    JsonOutput.print(command.commandLine().getOut(), json, start);
    return ExitCodes.OK;
  }

  /**
   * {@code deviationL1 = ||x_inf(alpha) - x*||_1} and its S / S^c parts, computed directly
   * ({@link DirectDeviation}), when the nonnegative l1 minimizer x* is unique; otherwise a note.
   */
  static void putDeviation(ObjectNode json, LinearSystem system,
      EntropyProjectionResult result) {
    L1Solution l1 = NonnegativeL1Minimizer.solve(system, LpPrecision.EXACT);
    if (!l1.unique()) {
      json.put("note", "deviationL1 omitted: " + l1.reason());
      return;
    }
    DirectDeviation deviation;
    try {
      deviation = DirectDeviation.of(system.a(), l1.support(), result.logX());
    } catch (IllegalArgumentException e) {
      json.put("note", "deviationL1 omitted: " + e.getMessage());
      return;
    }
    JsonOutput.putDouble(json, "deviationL1", Math.exp(deviation.logL1()));
    JsonOutput.putDouble(json, "deviationL1Support", Math.exp(deviation.logSupportL1()));
    JsonOutput.putDouble(json, "deviationL1OffSupport", Math.exp(deviation.logOffSupportL1()));
    JsonOutput.putDouble(json, "log10DeviationL1", deviation.logL1() / Math.log(10));
  }
}
