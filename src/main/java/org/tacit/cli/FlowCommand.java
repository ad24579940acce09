package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.bregman.BregmanTolerances;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.flow.FlowResult;
import org.tacit.flow.LogDomainGradientFlow;
import org.tacit.flow.QuadraticGradientDescent;
import org.tacit.flow.QuadraticReparameterizedLoss;
import org.tacit.io.InstanceReader;
import org.tacit.io.LinearSystemInput;
import org.tacit.io.UserInputException;
import org.tacit.lp.LinearSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit flow --in FILE --alpha A [--eta E]}: gradient flow (or, with {@code --eta},
 * gradient descent) on {@code ||A u^2 - y||^2} from {@code u_0 = alpha 1}; prints the limit, the
 * steps, and its log-distance to the entropy projections of {@code alpha^2 1} (which the flow limit
 * equals: MS erratum on rem-I.2) and of {@code alpha 1} (the paper's printed claim).
 */
@Command(name = "flow", mixinStandardHelpOptions = true,
    description = "Gradient flow / descent on ||A u^2 - y||^2 from alpha 1; compare with the projections.")
final class FlowCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "{\"A\": ..., \"y\": ...}")
  private Path input = Path.of("");

  @Option(names = "--alpha", required = true, paramLabel = "A", description = "alpha > 0")
  private double alpha;

  @Option(names = "--eta", paramLabel = "E", description = "gradient descent with this step instead of the flow")
  private @Nullable Double eta;

  @Option(names = "--tol", defaultValue = CliTolerances.FLOW_RESIDUAL, paramLabel = "T",
      description = "relative residual at which the run stops (default: ${DEFAULT-VALUE})")
  private double tolerance = Double.parseDouble(CliTolerances.FLOW_RESIDUAL);

  @Option(names = "--max-steps", defaultValue = "10000000", paramLabel = "M",
      description = "gradient-descent step limit (default: ${DEFAULT-VALUE})")
  private long maxSteps = 10_000_000;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new UserInputException("--alpha must be positive and finite, found " + alpha);
    }
    Double step = eta;
    if (step != null && !(step > 0)) {
      throw new UserInputException("--eta must be positive, found " + step);
    }
    if (!(tolerance > 0)) {
      throw new UserInputException("--tol must be positive, found " + tolerance);
    }
    LinearSystemInput system = InstanceReader.readLinearSystem(input);
    QuadraticReparameterizedLoss loss =
        new QuadraticReparameterizedLoss(system.aAsDouble(), system.yAsDouble());
    FlowResult run = step == null
        ? new LogDomainGradientFlow(loss).run(alpha, tolerance, CliTolerances.FLOW_MAX_TIME)
        : new QuadraticGradientDescent(loss).run(alpha, step, tolerance, maxSteps);
    ObjectNode json = JsonOutput.object();
    json.put("method", step == null ? "gradient flow (ROS2, log domain)" : "gradient descent");
    json.put("converged", run.converged());
    json.put("reason", run.reason());
    json.put("steps", run.steps());
    JsonOutput.putDouble(json, "time", run.time());
    JsonOutput.putDouble(json, "residual", run.residualNorm());
    JsonOutput.putDoubles(json, "x", run.x());
    if (run.converged()) {
      LinearSystem exact = Inputs.exact(system);
      boolean[] mask = Projections.maximalSupport(exact);
      if (alpha * alpha >= BregmanTolerances.MIN_ALPHA) {
        EntropyProjectionResult square = Projections.solve(exact, mask, alpha * alpha);
        JsonOutput.putDouble(json, "maxLogDistanceToProjectionOfAlphaSquared",
            maxDistance(run.logX(), square.logX(), mask));
      } else {
        json.putNull("maxLogDistanceToProjectionOfAlphaSquared");
        json.put("note", "alpha^2 = " + alpha * alpha + " is below the smallest scale of the"
            + " certified projection (" + BregmanTolerances.MIN_ALPHA + "): that distance is not"
            + " computed");
      }
      EntropyProjectionResult printed = Projections.solve(exact, mask, alpha);
      JsonOutput.putDouble(json, "maxLogDistanceToProjectionOfAlpha",
          maxDistance(run.logX(), printed.logX(), mask));
    }
    JsonOutput.print(command.commandLine().getOut(), json, start);
    return ExitCodes.OK;
  }

  /** max over the maximal support of |u_j - v_j| (log coordinates; both vanish off it). */
  private static double maxDistance(double[] u, double[] v, boolean[] mask) {
    double max = 0;
    for (int j = 0; j < u.length; j++) {
      if (mask[j]) {
        max = Math.max(max, Math.abs(u[j] - v[j]));
      }
    }
    return max;
  }
}
