package org.tacit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.bregman.EntropyProjection;
import org.tacit.bregman.EntropyProjectionProblem;
import org.tacit.bregman.EntropyProjectionResult;
import org.tacit.bregman.HighPrecisionEntropyProjection;
import org.tacit.io.InstanceReader;
import org.tacit.io.LinearSystemInput;
import org.tacit.lp.LinearSystem;
import picocli.CommandLine;

/**
 * {@code tacit bench bregman --in FILE}: timings of the entropy projection on one instance, for
 * the comparison script {@code bench/bregman_compare.sh}. After {@code warmup} untimed rounds over
 * all alphas (so that no alpha pays the JIT warm-up), per alpha {@code repeat} timed runs of (a)
 * the projection alone on the full mask with a warm JVM ({@code projectionMillis}) and (b) the
 * whole path of {@code tacit bregman} without its JSON output: reading the file, the maximal
 * support with the projection ({@link Projections#projectOnMaximalSupport}) and the l1 deviation
 * ({@code cliMillis}, with its parts {@code cliReadMillis}, {@code cliProjectionMillis} (support
 * and projection together) and {@code cliDeviationMillis}). Medians are reported. With {@code
 * accuracy}, the returned logs are compared with an 80-digit reference ({@link
 * HighPrecisionEntropyProjection}): the worst relative error per component {@code max_i |x_i /
 * x_i^ref - 1|} next to the certified bound, and the reference logs are printed so the script can
 * score its peer. Benchmarks, not tests: nothing is asserted. Cost: that of the runs, plus the
 * reference (small instances only).
 */
final class BregmanInstanceBenchmark {

  private static final int REFERENCE_DIGITS = 80;

  private BregmanInstanceBenchmark() {}

  /** Runs the benchmark and prints its JSON; returns the exit code. */
  static Integer run(Path file, double[] alphas, int warmup, int repeat, boolean accuracy,
      CommandLine commandLine, long start) {
    PrintWriter err = commandLine.getErr();
    LinearSystem exact = Inputs.exact(InstanceReader.readLinearSystem(file));
    EntropyProjectionProblem full = EntropyProjectionProblem.of(exact.a(), exact.y());
    ObjectNode result = JsonOutput.object();
    result.put("benchmark", "bregman");
    result.put("rows", exact.rows());
    result.put("cols", exact.cols());
    ArrayNode runs = result.putArray("runs");
    for (int w = 0; w < warmup; w++) {
      for (double alpha : alphas) {
        new EntropyProjection().solve(full, alpha);
        BregmanCommand.putDeviation(JsonOutput.object(), exact,
            Projections.projectOnMaximalSupport(exact, alpha).result());
      }
    }
    for (double alpha : alphas) {
      ObjectNode run = runs.addObject();
      run.put("alpha", alpha);
      double[] projection = new double[repeat];
      double[][] cli = new double[4][repeat];
      Optional<EntropyProjectionResult> timed = Optional.empty();
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        timed = Optional.of(new EntropyProjection().solve(full, alpha));
        long t1 = System.nanoTime();
        LinearSystemInput input = InstanceReader.readLinearSystem(file);
        LinearSystem system = Inputs.exact(input);
        long t2 = System.nanoTime();
        EntropyProjectionResult solved =
            Projections.projectOnMaximalSupport(system, alpha).result();
        long t3 = System.nanoTime();
        BregmanCommand.putDeviation(JsonOutput.object(), system, solved);
        long t4 = System.nanoTime();
        projection[r] = (t1 - t0) / 1e6;
        cli[0][r] = (t4 - t1) / 1e6;
        cli[1][r] = (t2 - t1) / 1e6;
        cli[2][r] = (t3 - t2) / 1e6;
        cli[3][r] = (t4 - t3) / 1e6;
        err.printf(Locale.ROOT, "[bench bregman] alpha=%g run %d/%d: projection %.1f ms,"
            + " cli %.1f ms%n", alpha, r + 1, repeat, projection[r], cli[0][r]);
        err.flush();
      }
      EntropyProjectionResult last = timed.orElseThrow();
      run.put("iterations", last.iterations());
      run.put("phases", last.phases());
      run.put("certified", last.certificate().certified());
      JsonOutput.putDouble(run, "relativeErrorBound", last.certificate().relativeErrorBound());
      run.put("projectionMillis", BenchCommand.median(projection));
      run.put("cliMillis", BenchCommand.median(cli[0]));
      run.put("cliReadMillis", BenchCommand.median(cli[1]));
      run.put("cliProjectionMillis", BenchCommand.median(cli[2]));
      run.put("cliDeviationMillis", BenchCommand.median(cli[3]));
      if (accuracy) {
        putAccuracy(run, full, alpha, last);
      }
    }
    JsonOutput.print(commandLine.getOut(), result, start);
    return ExitCodes.OK;
  }

  /**
   * The worst relative error per component against the 80-digit reference, computed from the
   * difference of the logs in 80 digits ({@code expm1} of a tiny double difference is accurate),
   * and the reference logs (as doubles) for the peer's score.
   */
  private static void putAccuracy(ObjectNode run, EntropyProjectionProblem problem, double alpha,
      EntropyProjectionResult result) {
    @Nullable BigDecimal[] reference = new HighPrecisionEntropyProjection(REFERENCE_DIGITS)
        .logProjection(problem, new BigDecimal(alpha));
    double[] logX = result.logX();
    double worst = 0;
    ArrayNode logs = run.putArray("referenceLogX");
    MathContext mc = new MathContext(REFERENCE_DIGITS);
    for (int i = 0; i < logX.length; i++) {
      @Nullable BigDecimal ref = reference[i];
      if (ref == null) {
        logs.add(Double.NEGATIVE_INFINITY);
        continue;
      }
      logs.add(ref.doubleValue());
      double difference = new BigDecimal(logX[i]).subtract(ref, mc).doubleValue();
      worst = Math.max(worst, Math.abs(Math.expm1(difference)));
    }
    JsonOutput.putDouble(run, "worstRelativeError", worst);
  }
}
