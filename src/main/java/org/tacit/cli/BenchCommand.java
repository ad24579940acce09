package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.flow.FlowResult;
import org.tacit.flow.LogDomainGradientFlow;
import org.tacit.flow.QuadraticReparameterizedLoss;
import org.tacit.io.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacit bench NAME [--rows N] [--cols D] [--repeat R] [--alpha A...]}: wall-clock timings of
 * the solvers on seeded random integer instances ({@code A} entries in [-9, 9], {@code y = A x}
 * with {@code x} in [1, 9]^d, so a strictly positive solution exists). Reports every repetition
 * and the median; the first repetition includes JIT warm-up. Benchmarks, not tests: nothing is
 * asserted. Names: {@code bregman} (entropy projection at each alpha), {@code flow} (gradient
 * flow to the residual {@link CliTolerances#FLOW_RESIDUAL}),
 * {@code constants} (MS null-space constants, exact and double, per {@code --support} size on the
 * {@code --family} of instances; see {@link NullSpaceBenchmark}). With {@code --in FILE} (bregman
 * only) the instance is read from the file and, after {@code --warmup} untimed rounds, the warm
 * projection and the whole CLI path of {@code tacit bregman} are timed separately
 * ({@link BregmanInstanceBenchmark}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the solvers on seeded random instances (bregman, flow, constants).")
final class BenchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", description = "bregman, flow or constants")
  private String name = "";

  @Option(names = "--rows", defaultValue = "50", paramLabel = "N", description = "rows of A (default: ${DEFAULT-VALUE})")
  private int rows = 50;

  @Option(names = "--cols", defaultValue = "250", paramLabel = "D", description = "columns of A (default: ${DEFAULT-VALUE})")
  private int cols = 250;

  @Option(names = "--repeat", defaultValue = "3", paramLabel = "R", description = "repetitions (default: ${DEFAULT-VALUE})")
  private int repeat = 3;

  @Option(names = "--alpha", split = ",", defaultValue = "1e-3,1e-12", paramLabel = "A",
      description = "scales (default: ${DEFAULT-VALUE})")
  private double[] alphas = {1e-3, 1e-12};

  @Option(names = "--support", split = ",", defaultValue = "4,8,12", paramLabel = "S",
      description = "constants: support sizes |S| (default: ${DEFAULT-VALUE})")
  private int[] supports = {4, 8, 12};

  @Option(names = "--family", defaultValue = "certified", paramLabel = "F",
      description = "constants: certified or uniform instances (default: ${DEFAULT-VALUE})")
  private String family = "certified";

  @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
      description = "constants: instance seed (default: ${DEFAULT-VALUE})")
  private long seed = 1;

  @Option(names = "--in", paramLabel = "FILE",
      description = "bregman: time this instance {\"A\": ..., \"y\": ...} instead of a random one;"
          + " also times the CLI path (read, maximal support, projection, deviation)")
  private Optional<Path> input = Optional.empty();

  @Option(names = "--warmup", defaultValue = "0", paramLabel = "W",
      description = "untimed runs before the timed ones (default: ${DEFAULT-VALUE})")
  private int warmup = 0;

  @Option(names = "--accuracy", description = "bregman with --in: compare with an 80-digit"
      + " reference (HighPrecisionEntropyProjection) and print its logs")
  private boolean accuracy;

  @Spec
  @SuppressWarnings("nullness:initialization.field.uninitialized")
  private picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    if (input.isPresent()) {
      if (!name.equals("bregman") || repeat < 1 || warmup < 0) {
        throw new UserInputException(
            "--in needs the bregman benchmark, --repeat >= 1, --warmup >= 0");
      }
      return BregmanInstanceBenchmark.run(input.get(), alphas, warmup, repeat, accuracy,
          command.commandLine(), start);
    }
    if (rows < 1 || cols <= rows || repeat < 1) {
      throw new UserInputException("need 1 <= --rows < --cols and --repeat >= 1");
    }
    for (double alpha : alphas) {
      if (!(alpha > 0)) {
        throw new UserInputException("--alpha values must be positive, found " + alpha);
      }
    }
    if (!name.equals("bregman") && !name.equals("flow") && !name.equals("constants")) {
      throw new UserInputException("unknown benchmark '" + name + "' (bregman, flow or constants)");
    }
    if (name.equals("constants")) {
      return constants(start);
    }
    SplittableRandom random = new SplittableRandom(20261123L);
    BigRational[][] a = new BigRational[rows][cols];
    BigRational[] x = new BigRational[cols];
    for (int j = 0; j < cols; j++) {
      x[j] = BigRational.of(random.nextInt(1, 10));
    }
    for (BigRational[] row : a) {
      for (int j = 0; j < cols; j++) {
        row[j] = BigRational.of(random.nextInt(-9, 10));
      }
    }
    RationalMatrix matrix = RationalMatrix.of(a);
    BigRational[] y = matrix.multiply(x);
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(matrix, y);
    ObjectNode result = JsonOutput.object();
    result.put("benchmark", name);
    result.put("rows", rows);
    result.put("cols", cols);
    ArrayNode runs = result.putArray("runs");
    PrintWriter err = command.commandLine().getErr();
    for (double alpha : alphas) {
      double[] millis = new double[repeat];
      ObjectNode run = runs.addObject();
      run.put("alpha", alpha);
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        if (name.equals("bregman")) {
          EntropyProjectionResult projection = new EntropyProjection().solve(problem, alpha);
          run.put("iterations", projection.iterations());
          run.put("certified", projection.certificate().certified());
        } else {
          FlowResult flow = new LogDomainGradientFlow(new QuadraticReparameterizedLoss(
              toDouble(a), toDouble(y)))
              .run(alpha, Double.parseDouble(CliTolerances.FLOW_RESIDUAL),
                  CliTolerances.FLOW_MAX_TIME);
          run.put("steps", flow.steps());
          run.put("converged", flow.converged());
        }
        millis[r] = (System.nanoTime() - t0) / 1e6;
        err.printf(Locale.ROOT, "[bench %s] alpha=%g run %d/%d: %.1f ms%n", name, alpha, r + 1,
            repeat, millis[r]);
        err.flush();
      }
      ArrayNode times = run.putArray("millis");
      Arrays.stream(millis).forEach(times::add);
      run.put("medianMillis", median(millis));
    }
    JsonOutput.print(command.commandLine().getOut(), result, start);
    return ExitCodes.OK;
  }

  private Integer constants(long start) {
    if (!family.equals("certified") && !family.equals("uniform")) {
      throw new UserInputException("--family must be certified or uniform, found '" + family + "'");
    }
    for (int s : supports) {
      if (s < 1 || s > rows - 1 || cols < s + 2) {
        throw new UserInputException("--support values need 1 <= S <= rows - 1 and S + 2 <= cols,"
            + " found " + s);
      }
    }
    ObjectNode result = JsonOutput.object();
    result.put("benchmark", name);
    result.put("rows", rows);
    result.put("cols", cols);
    NullSpaceBenchmark.run(rows, cols, supports, family, seed, result.putArray("runs"),
        command.commandLine().getErr());
    JsonOutput.print(command.commandLine().getOut(), result, start);
    return ExitCodes.OK;
  }

  private static double[][] toDouble(BigRational[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = toDouble(a[i]);
    }
    return out;
  }

  private static double[] toDouble(BigRational[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i].doubleValue();
    }
    return out;
  }

  /** The median: the middle value, or the mean of the two middle values of an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int half = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  }
}
