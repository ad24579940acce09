package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.RunRecorder;
import org.tacit.grokking.model.SparseRecoveryProblem;
import org.tacit.grokking.model.SubgradientDescent;
import org.tacit.training.ProgressListener;
import org.tacit.verify.SeededDraws;

/**
 * {@code tdr-fig4}: TDR Figure 4, the generalization step {@code t2} and the recovery error
 * {@code ||a^(t2) - a*||_1} as functions of {@code alpha beta}, on one sparse-recovery problem
 * (n, s, N) = (100, 5, 30), {@code a^(1) = 1e-6 N(0, 1/n)}, a* with {@code N(0, 1)} entries on
 * its support (the scale of {@link TdrFigureThreeExperiment}'s unit run), noiseless. Grid:
 * {@code alpha in {0.1, 0.2, 0.4}} x {@code beta in {1e-5, 3e-5, 1e-4, 3e-4}}; each run has
 * {@code ceil(3 / (alpha beta))} steps (the delay is about {@code 1.2 / (alpha beta)}). Columns:
 * alpha, beta, alpha beta, t1, t2 (-1: not reached), {@code t2 - t1},
 * {@code (t2 - t1) alpha beta}, the error at t2. The plot title reports the least-squares slope of
 * {@code log(t2 - t1)} against {@code log(alpha beta)} ({@link #delaySlope}; the paper's claim:
 * -1) and the mean of {@code (t2 - t1) alpha beta}.
 *
 * <p>Tiny: n = 20, s = 2, N = 10, {@code alpha in {0.2, 0.4}}, {@code beta in {2e-5, 4e-5}},
 * {@link #STEPS_TINY} steps: t1 is reached, t2 is not (with the paper's relative threshold 1e-4
 * the Lasso bias needs {@code beta <= 1e-5} at this size, hence {@code >= 2.5e5} steps).
 *
 * <p>Spec: {@code TDR:fig-4}, {@code TDR:rem-3.1.6}.
 */
public final class TdrFigureFourExperiment implements Experiment {

  /** The seed of the problem. */
  public static final long SEED = 3;

  /** Steps per run at tiny scale (enough for t1, not for t2: see the class comment). */
  public static final long STEPS_TINY = 20_000;

  @Override
  public String name() {
    return "tdr-fig4";
  }

  @Override
  public String description() {
    return "TDR Figure 4: t2, t2 - t1 and ||a^(t2) - a*||_1 against alpha beta (sparse recovery,"
        + " l1)";
  }

  @Override
  public List<String> columns() {
    return List.of("alpha", "beta", "alphaBeta", "t1", "t2", "delay", "delayAlphaBeta",
        "errorL1");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    double[] alphas = full ? new double[] {0.1, 0.2, 0.4} : new double[] {0.2, 0.4};
    double[] betas = full ? new double[] {1e-5, 3e-5, 1e-4, 3e-4} : new double[] {2e-5, 4e-5};
    List<SweepPoint> points = new ArrayList<>();
    for (double beta : betas) {
      for (double alpha : alphas) {
        points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, alpha, beta}, SEED));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    double alpha = values[1];
    double beta = values[2];
    int n = full ? 100 : 20;
    SparseRecoveryProblem problem = SparseRecoveryFamilies.paperProblem(new SeededDraws(SEED),
        n, full ? 5 : 2, full ? 30 : 10, 1, 1e-6);
    long steps = full ? (long) Math.ceil(3 / (alpha * beta)) : STEPS_TINY;
    RunRecorder recorder = new RunRecorder(problem, new L1Norm(n), beta, new long[] {steps});
    SubgradientDescent.run(problem.loss(), new L1Norm(n), beta, alpha, problem.initial(), steps,
        recorder, ProgressListener.NONE);
    long t1 = recorder.steps().memorizationStep().orElse(-1);
    long t2 = recorder.steps().generalizationStep().orElse(-1);
    long delay = t1 >= 0 && t2 >= 0 ? t2 - t1 : -1;
    return List.of(Double.toString(alpha), Double.toString(beta), Double.toString(alpha * beta),
        Long.toString(t1), Long.toString(t2), Long.toString(delay),
        Double.toString(delay * alpha * beta),
        Double.toString(recorder.errorAtGeneralization().orElse(Double.NaN)));
  }

  /**
   * The least-squares slope of {@code log(t2 - t1)} against {@code log(alpha beta)} over the rows
   * with both steps reached (NaN with fewer than two such rows).
   */
  public static double delaySlope(ResultTable table) {
    double[] product = table.column("alphaBeta");
    double[] delay = table.column("delay");
    List<double[]> points = new ArrayList<>();
    for (int r = 0; r < product.length; r++) {
      if (delay[r] > 0) {
        points.add(new double[] {product[r], delay[r]});
      }
    }
    return ZgFigureTwoExperiment.slope(TdrFigureSixExperiment.columnsOf(points));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] product = table.column("alphaBeta");
    double[] t1 = table.column("t1");
    double[] t2 = table.column("t2");
    double[] delay = table.column("delay");
    double[] error = table.column("errorL1");
    double[] scaled = table.column("delayAlphaBeta");
    double mean = 0;
    int reached = 0;
    List<double[]> memorization = new ArrayList<>();
    List<double[]> steps = new ArrayList<>();
    List<double[]> delays = new ArrayList<>();
    List<double[]> errors = new ArrayList<>();
    for (int r = 0; r < product.length; r++) {
      if (t1[r] > 0) {
        memorization.add(new double[] {product[r], t1[r]});
      }
      if (t2[r] > 0) {
        steps.add(new double[] {product[r], t2[r]});
      }
      if (delay[r] > 0) {
        delays.add(new double[] {product[r], delay[r]});
        mean += scaled[r];
        reached++;
      }
      if (error[r] > 0) {
        errors.add(new double[] {product[r], error[r]});
      }
    }
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("t1", sorted(memorization));
    series.put("t2", sorted(steps));
    series.put("t2 - t1", sorted(delays));
    Map<String, double[][]> errorSeries = new LinkedHashMap<>();
    errorSeries.put("||a^(t2) - a*||_1", sorted(errors));
    String fit = String.format(Locale.ROOT, "slope %.3f, mean (t2 - t1) alpha beta %.3f",
        delaySlope(table), reached == 0 ? Double.NaN : mean / reached);
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "TDR Fig. 4: t1, t2 and t2 - t1 vs alpha beta (" + fit + ")", "alpha beta", "steps",
        LnhwFigureTrajectoryExperiment.nonEmpty(series)));
    files.addAll(Plots.logLog(outDir, name() + "-error",
        "TDR Fig. 4: recovery error at t2 vs alpha beta", "alpha beta", "||a^(t2) - a*||_1",
        LnhwFigureTrajectoryExperiment.nonEmpty(errorSeries)));
    return files;
  }

  private static double[][] sorted(List<double[]> points) {
    points.sort((a, b) -> Double.compare(a[0], b[0]));
    return TdrFigureSixExperiment.columnsOf(points);
  }
}
