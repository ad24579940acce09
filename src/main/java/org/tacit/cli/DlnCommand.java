package org.tacit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tacit.io.InstanceReader;
import org.tacit.io.JsonNumbers;
import org.tacit.io.LinearSystemInput;
import org.tacit.io.UserInputException;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.DiagonalNetworkObjective;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.Initialization;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SolutionInstance;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.training.GradientDescent;
import org.tacit.training.ProgressListener;
import org.tacit.training.StepSchedule;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;
import org.tacit.verify.SeededDraws;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacit dln}: diagonal linear networks of NRSS (seed 001). DATA is
 * {@code {"A": N x d (rows = samples), "y": [...]}}; the loss is {@code (1/(2N)) sum_n (y_n -
 * f(x_n))^2}. Subcommands {@code train} (GD with warm-up) and {@code hessian} (lambda_max and the
 * Lemma 4.1 / 6.1 / C.1 bounds at given parameters). Bad input exits 2 with one line.
 */
@Command(name = "dln", mixinStandardHelpOptions = true,
    description = "Diagonal linear networks (NRSS): GD with warm-up, Hessian lambda_max and bounds.",
    subcommands = {DlnCommand.Train.class, DlnCommand.Hessian.class})
final class DlnCommand implements Runnable {

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(command.commandLine(),
        "missing subcommand: train or hessian");
  }

  /**
   * {@code tacit dln train}: prints {@code converged, reason, steps, trainLoss, solution, A, y,
   * depth, uPlus, uMinus (vPlus, vMinus for uv), beta, lambdaMax, stabilityMeasure, upperBound,
   * finalStep, model, elapsedMs}. The stability measure is the lower bound of Lemma 4.1 / 6.1 /
   * C.1 at the final parameters.
   *
   * <p>The output is an instance of {@code tacit check NRSS:lem-4.1} (depth 2), {@code
   * NRSS:lem-6.1} (any depth) and {@code NRSS:lem-C.1} (uv) as it stands: it repeats the data
   * ({@code A, y}) and names the parameter blocks as those checkers read them
   * ({@code org.tacit.stepsize.NrssInstanceJson}).
   *
   * <p>Stopping, and why the written parameters pass the checkers' hypothesis "theta is a
   * solution". The checkers accept {@code theta} when every residual satisfies
   * {@code |r_n| <= SOLUTION * (|y_n| + sum_i |x_ni| betaMagnitude_i)} with
   * {@link StepSizeTolerances#SOLUTION} = 1e-12, the rounding level of a computed solution (see
   * there); that is a statement about solutions, so it is not relaxed for trained parameters.
   * A loss threshold alone cannot deliver it: at loss {@code L} a residual can be as large as
   * {@code sqrt(2 N L)} (1.4e-5 at the default {@code --tol 1e-10} and N = 1), and no fixed
   * {@code L} matches a bound that scales with the data. So by default ({@code --solution}) a run
   * whose loss fell below {@code --tol} continues GD with the same schedule until that residual
   * criterion holds, within the step budget; near a minimum where it is stable
   * ({@code lambda_max < 2/eta}), GD converges linearly to a solution whose rounding
   * residual is about {@code (D + d + 2) eps} relative, below 1e-12 by a factor of thousands, so
   * the criterion is reachable. {@code solution} in the output says whether the written parameters
   * meet it (false, with the reason, when the budget ran out or the run diverged);
   * {@code --no-solution} stops at the loss threshold only.
   */
  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train a diagonal network by GD with linear warm-up.")
  static final class Train implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "DATA", description = "the data JSON")
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private Path in;

    @Option(names = "--depth", defaultValue = "2", description = "depth D >= 2 (diag model)")
    private int depth;

    @Option(names = "--alpha", required = true, description = "initialization scale alpha > 0")
    private double alpha;

    @Option(names = "--eta", required = true, description = "target step size eta > 0")
    private double eta;

    @Option(names = "--model", defaultValue = "diag", description = "diag or uv")
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private String model;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "STEPS",
        description = "linear warm-up length (from eta/STEPS to eta); 0: constant step")
    private long warmup;

    @Option(names = "--tol", defaultValue = CliTolerances.DLN_LOSS,
        description = "loss threshold T; by default the run then continues until a solution"
            + " (see --solution)")
    private double tolerance;

    @Option(names = "--max-steps", defaultValue = "1000000", description = "step budget")
    private long maxSteps;

    @Option(names = "--confirm", defaultValue = "0", paramLabel = "STEPS",
        description = "further steps the loss must stay below T before stopping")
    private long confirm;

    @Option(names = "--init", defaultValue = "uniform",
        description = "uniform (alpha 1) or normal (alpha |z|, z ~ N(0, I) from --seed)")
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private String init;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the normal initialization")
    private long seed;

    @Option(names = "--solution", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "after the loss is below T, continue until the parameters are a solution as"
            + " tacit check accepts it (every |r_n| <= 1e-12 (|y_n| + sum_i |x_ni| |beta|_i));"
            + " --no-solution stops at T")
    private boolean untilSolution;

    @Spec
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
      RegressionData data = readData(in);
      DiagonalNetworkModel network = model(model, depth);
      if (!(alpha > 0) || !Double.isFinite(alpha)) {
        throw new UserInputException("--alpha: must be finite and > 0, got " + alpha);
      }
      if (!(eta > 0) || !Double.isFinite(eta)) {
        throw new UserInputException("--eta: must be finite and > 0, got " + eta);
      }
      if (!(tolerance > 0)) {
        throw new UserInputException("--tol: must be > 0, got " + tolerance);
      }
      if (warmup < 0 || maxSteps < 0 || confirm < 0) {
        throw new UserInputException("--warmup, --max-steps and --confirm must be >= 0");
      }
      double[] initial = switch (init.toLowerCase(Locale.ROOT)) {
        case "uniform" -> Initialization.uniform(network, data.dimension(), alpha);
        case "normal" -> Initialization.randomNormal(network, data.dimension(), alpha,
            new SeededDraws(seed));
        default -> throw new UserInputException("--init: expected uniform or normal, got " + init);
      };
      long start = System.nanoTime();
      DiagonalNetworkObjective objective = new DiagonalNetworkObjective(data, network);
      WarmupSchedule schedule = WarmupSchedule.linear(eta, warmup);
      TrainingProgress progress = new TrainingProgress(command.commandLine().getErr(),
          "dln train");
      TrainingResult result = GradientDescent.run(objective, initial,
          new TrainingSettings(schedule, tolerance, maxSteps, confirm), progress);
      if (result.converged() && untilSolution) {
        result = continueToSolution(objective, data, network, schedule, result, maxSteps,
            progress);
      }
      double[] theta = result.theta();
      boolean solution = isSolution(data, network, theta);
      HessianBounds bounds = HessianBounds.at(new SquaredLoss(data, network), theta);
      ObjectNode out = JsonOutput.object();
      out.put("converged", result.converged());
      out.put("reason", result.reason());
      out.put("steps", result.steps());
      JsonOutput.putDouble(out, "trainLoss", result.finalLoss());
      out.put("solution", solution);
      putData(out, data);
      out.put("depth", network instanceof DepthDiagonalModel ? depth : 2);
      putParameters(out, network, theta, data.dimension());
      JsonOutput.putDoubles(out, "beta", network.beta(theta, data.dimension()));
      JsonOutput.putDouble(out, "lambdaMax", bounds.lambdaMax());
      JsonOutput.putDouble(out, "stabilityMeasure", bounds.lowerBound());
      JsonOutput.putDouble(out, "upperBound", bounds.upperBound());
      JsonOutput.putDouble(out, "finalStep", result.finalStep());
      out.put("model", network.name());
      JsonOutput.print(command.commandLine().getOut(), out, start);
      return ExitCodes.OK;
    }
  }

  /**
   * {@code tacit dln hessian}: prints {@code lambdaMax, lowerBound, upperBound, residualTermNorm,
   * method, elapsedMs} at the parameters of FILE ({@code uPlus, uMinus}, and {@code vPlus, vMinus}
   * for uv; the output of {@code train} is accepted).
   */
  @Command(name = "hessian", mixinStandardHelpOptions = true,
      description = "lambda_max of the Hessian and the Lemma bounds at given parameters.")
  static final class Hessian implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "DATA", description = "the data JSON")
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private Path in;

    @Option(names = "--depth", defaultValue = "2", description = "depth D >= 2 (diag model)")
    private int depth;

    @Option(names = "--params", required = true, paramLabel = "FILE",
        description = "JSON with uPlus, uMinus (and vPlus, vMinus for uv)")
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private Path params;

    @Option(names = "--model", defaultValue = "diag", description = "diag or uv")
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private String model;

    @Spec
    @SuppressWarnings("nullness:initialization.field.uninitialized")
    private picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
      RegressionData data = readData(in);
      DiagonalNetworkModel network = model(model, depth);
      double[] theta = readParameters(params, network, data.dimension());
      long start = System.nanoTime();
      HessianBounds bounds = HessianBounds.at(new SquaredLoss(data, network), theta);
      ObjectNode out = JsonOutput.object();
      JsonOutput.putDouble(out, "lambdaMax", bounds.lambdaMax());
      JsonOutput.putDouble(out, "lowerBound", bounds.lowerBound());
      JsonOutput.putDouble(out, "upperBound", bounds.upperBound());
      JsonOutput.putDouble(out, "residualTermNorm", bounds.residualTermNorm());
      out.put("method", bounds.method());
      out.put("model", network.name());
      JsonOutput.print(command.commandLine().getOut(), out, start);
      return ExitCodes.OK;
    }
  }

  /** Steps of GD between two tests of the solution criterion while continuing a run. */
  private static final long SOLUTION_TEST_INTERVAL = 1000;

  /** Whether {@code theta} meets the NRSS checkers' hypothesis "theta is a solution". */
  static boolean isSolution(RegressionData data, DiagonalNetworkModel network, double[] theta) {
    return new SolutionInstance(data, network, theta).hypotheses().allHold();
  }

  /**
   * Continues the converged run {@code first} (same schedule, from its step count) until its
   * iterate is a solution ({@link #isSolution}), the budget {@code maxSteps} is used up or the
   * continuation diverges; returns the combined run, with the reason of {@code first} when it
   * reached a solution and a reason saying why not otherwise. Progress goes to {@code progress}.
   */
  static TrainingResult continueToSolution(DiagonalNetworkObjective objective,
      RegressionData data, DiagonalNetworkModel network, StepSchedule schedule,
      TrainingResult first, long maxSteps, ProgressListener progress) {
    double[] theta = first.theta();
    long steps = first.steps();
    double loss = first.finalLoss();
    double finalStep = first.finalStep();
    while (!isSolution(data, network, theta)) {
      if (steps >= maxSteps) {
        return new TrainingResult(true, TrainingResult.CONVERGED + "; not a solution (residuals"
            + " above 1e-12 relative) within the step budget", steps, loss, theta, finalStep);
      }
      long offset = steps;
      TrainingResult more = GradientDescent.run(objective, theta, new TrainingSettings(
          t -> schedule.stepAt(offset + t), Double.MIN_VALUE,
          Math.min(SOLUTION_TEST_INTERVAL, maxSteps - steps)), progress);
      steps += more.steps();
      loss = more.finalLoss();
      finalStep = more.finalStep();
      theta = more.theta();
      if (!more.converged() && !TrainingResult.BUDGET.equals(more.reason())) {
        return new TrainingResult(true, TrainingResult.CONVERGED + "; then, continuing towards"
            + " a solution: " + more.reason(), steps, loss, theta, finalStep);
      }
    }
    return new TrainingResult(true, TrainingResult.CONVERGED, steps, loss, theta, finalStep);
  }

  private static final String[] DIAG_BLOCKS = {"uPlus", "uMinus"};
  private static final String[] UV_BLOCKS = {"uPlus", "vPlus", "uMinus", "vMinus"};

  static DiagonalNetworkModel model(String name, int depth) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "diag":
        if (depth < 2) {
          throw new UserInputException("--depth: must be >= 2, got " + depth);
        }
        return new DepthDiagonalModel(depth);
      case "uv":
        if (depth != 2) {
          throw new UserInputException("--depth: the uv model has depth 2, got " + depth);
        }
        return new UvDiagonalModel();
      default:
        throw new UserInputException("--model: expected diag or uv, got " + name);
    }
  }

  static RegressionData readData(Path file) {
    LinearSystemInput system = InstanceReader.readLinearSystem(file);
    int samples = system.rows();
    int d = system.cols();
    double[][] a = system.aAsDouble();
    double[] features = new double[samples * d];
    for (int n = 0; n < samples; n++) {
      for (int i = 0; i < d; i++) {
        if (!Double.isFinite(a[n][i])) {
          throw UserInputException.at(file.toString(), "A[" + n + "][" + i + "]",
              "not finite in double precision");
        }
        features[n * d + i] = a[n][i];
      }
    }
    double[] y = system.yAsDouble();
    for (int n = 0; n < samples; n++) {
      if (!Double.isFinite(y[n])) {
        throw UserInputException.at(file.toString(), "y[" + n + "]", "not finite in double precision");
      }
    }
    return new RegressionData(samples, d, features, y);
  }

  static double[] readParameters(Path file, DiagonalNetworkModel network, int d) {
    JsonNode root = InstanceReader.readObject(file);
    String[] names = network instanceof UvDiagonalModel ? UV_BLOCKS : DIAG_BLOCKS;
    double[] theta = new double[names.length * d];
    for (int block = 0; block < names.length; block++) {
      JsonNode node = root.get(names[block]);
      if (node == null) {
        throw UserInputException.at(file.toString(), names[block], "missing");
      }
      if (!node.isArray() || node.size() != d) {
        throw UserInputException.at(file.toString(), names[block],
            "expected an array of " + d + " numbers (the dimension of the data)");
      }
      for (int i = 0; i < d; i++) {
        double value = JsonNumbers.rational(node.get(i), file.toString(),
            names[block] + "[" + i + "]").doubleValue();
        if (!Double.isFinite(value)) {
          throw UserInputException.at(file.toString(), names[block] + "[" + i + "]",
              "not finite in double precision");
        }
        theta[block * d + i] = value;
      }
    }
    return theta;
  }

  /** The data as {@code "A"} (rows = samples) and {@code "y"}, the layout {@code --in} reads. */
  static void putData(ObjectNode out, RegressionData data) {
    ArrayNode rows = out.putArray("A");
    for (int n = 0; n < data.samples(); n++) {
      ArrayNode row = rows.addArray();
      for (int i = 0; i < data.dimension(); i++) {
        row.add(data.feature(n, i));
      }
    }
    JsonOutput.putDoubles(out, "y", data.labels());
  }

  static void putParameters(ObjectNode out, DiagonalNetworkModel network, double[] theta, int d) {
    String[] names = network instanceof UvDiagonalModel ? UV_BLOCKS : DIAG_BLOCKS;
    for (int block = 0; block < names.length; block++) {
      double[] values = new double[d];
      System.arraycopy(theta, block * d, values, 0, d);
      JsonOutput.putDoubles(out, names[block], values);
    }
  }
}
