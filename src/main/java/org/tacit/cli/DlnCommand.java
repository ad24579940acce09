package org.tacit.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.training.GradientDescent;
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
   * {@code tacit dln train}: prints {@code converged, reason, steps, trainLoss, uPlus, uMinus
   * (vPlus, vMinus for uv), beta, lambdaMax, stabilityMeasure, upperBound, finalStep, elapsedMs}.
   * The stability measure is the lower bound of Lemma 4.1 / 6.1 / C.1 at the final parameters.
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
        description = "stop when the loss is below T")
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
      TrainingResult result = GradientDescent.run(new DiagonalNetworkObjective(data, network),
          initial,
          new TrainingSettings(WarmupSchedule.linear(eta, warmup), tolerance, maxSteps, confirm));
      HessianBounds bounds = HessianBounds.at(new SquaredLoss(data, network), result.theta());
      ObjectNode out = JsonOutput.object();
      out.put("converged", result.converged());
      out.put("reason", result.reason());
      out.put("steps", result.steps());
      JsonOutput.putDouble(out, "trainLoss", result.finalLoss());
      putParameters(out, network, result.theta(), data.dimension());
      JsonOutput.putDoubles(out, "beta", network.beta(result.theta(), data.dimension()));
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

  static void putParameters(ObjectNode out, DiagonalNetworkModel network, double[] theta, int d) {
    String[] names = network instanceof UvDiagonalModel ? UV_BLOCKS : DIAG_BLOCKS;
    for (int block = 0; block < names.length; block++) {
      double[] values = new double[d];
      System.arraycopy(theta, block * d, values, 0, d);
      JsonOutput.putDoubles(out, names[block], values);
    }
  }
}
