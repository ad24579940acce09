package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.grokking.model.MatrixRecoveryProblem;
import org.tacit.linalg.Svd;

/**
 * {@code tdr-fig6}: TDR Figure 6, the generalization step {@code t2} (first {@code t} with
 * {@code ||A^(t) - A*||_F / ||A*||_F <= 1e-4}) and the recovery error at {@code t2} as functions
 * of {@code alpha beta}, on the completion instance of {@code tdr-fig5} (same selection,
 * {@code (n1, n2, r, N) = (10, 10, 2, 70)}, {@code zeta = 1e-6}): {@code alpha in {0.1, 0.5}},
 * {@code beta in {1e-3, 3e-4, 1e-4}}; t1 and t2 with the thresholds {@link #FULL_THRESHOLD}
 * (see there why not the paper's 1e-4); each run is capped at
 * {@code 3 / (alpha beta) + 2000} updates (a capped run reports {@code t2 = -1}, censored).
 * Columns: alpha, beta, alphaBeta, t1, t2, {@code (t2 - t1) alpha beta}, the same divided by
 * {@code ||A_hat - A*||_2} (the paper's claimed constant of proportionality),
 * {@code ||A^(t2) - A*||_F}, {@code ||A_hat - A*||_2}, the final (plateau) errors, wall time. Tiny scale: the 5 x 5 instance of
 * {@code tdr-fig5}, {@code (alpha, beta) in {(0.5, 1e-2), (0.5, 3e-3), (0.1, 1e-2)}}.
 *
 * <p>The plot shows {@code t2 - t1} against {@code alpha beta} on log-log axes with the least-squares
 * slope in the legend (the claim: slope -1).
 *
 * <p>Spec: {@code TDR:fig-6}.
 */
public final class TdrFigureSixExperiment implements Experiment {

  private static final double[] ALPHAS = {0.1, 0.5};
  private static final double[] FULL_BETAS = {1e-3, 3e-4, 1e-4};
  private static final double[][] TINY_PAIRS = {{0.5, 1e-2}, {0.5, 3e-3}, {0.1, 1e-2}};

  /**
   * The relative-error thresholds for t1 and t2 in this sweep (full scale): the paper's 1e-4 lies
   * below the steady-state training error {@code Theta(beta)} of these instances (pitfall P5,
   * E33; see tdr-fig5), so a fixed threshold above every plateau is used and the paper-threshold
   * step is reported beside it.
   */
  static final double FULL_THRESHOLD = 1e-2;

  /** The thresholds at tiny scale (plateaus up to 2e-2 at beta = 1e-2). */
  static final double TINY_THRESHOLD = 5e-2;

  private final Map<Boolean, TdrCompletionRuns.Selected> instances = new LinkedHashMap<>();

  @Override
  public String name() {
    return "tdr-fig6";
  }

  @Override
  public String description() {
    return "TDR Figure 6: t2 and recovery error vs alpha beta, matrix completion 10x10, r=2,"
        + " N=70";
  }

  @Override
  public List<String> columns() {
    return List.of("alpha", "beta", "alphaBeta", "threshold", "t1", "t2", "delayTimesAlphaBeta",
        "delayConstant", "errorAtT2", "spectralGap", "finalTrainError", "finalTestError",
        "seed", "seconds");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    if (!full) {
      for (double[] pair : TINY_PAIRS) {
        points.add(new SweepPoint(points.size(), new double[] {0, pair[0], pair[1]},
            TdrFigureFiveExperiment.BASE_SEED));
      }
      return points;
    }
    for (double alpha : ALPHAS) {
      for (double beta : FULL_BETAS) {
        points.add(new SweepPoint(points.size(), new double[] {1, alpha, beta},
            TdrFigureFiveExperiment.BASE_SEED));
      }
    }
    return points;
  }

  private synchronized TdrCompletionRuns.Selected instance(boolean full) {
    TdrCompletionRuns.@Nullable Selected cached = instances.get(full);
    if (cached != null) {
      return cached;
    }
    TdrCompletionRuns.Selected selected = full
        ? TdrCompletionRuns.select(10, 10, 2, 70, TdrFigureFiveExperiment.BASE_SEED)
        : TdrCompletionRuns.select(5, 5, 1, 18, TdrFigureFiveExperiment.BASE_SEED);
    instances.put(full, selected);
    return selected;
  }

  /** {@code ||A_hat - A*||_2} with {@code A_hat = P_Omega(A*)} (zero-filled observations). */
  static double spectralGap(MatrixRecoveryProblem problem) {
    boolean[] mask = TdrCompletionRuns.mask(problem);
    double[] aStar = problem.groundTruth();
    double[] difference = new double[aStar.length];
    for (int k = 0; k < aStar.length; k++) {
      difference[k] = mask[k] ? 0 : -aStar[k];
    }
    return Svd.decompose(difference, problem.rows(), problem.columns()).singularValues()[0];
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    double alpha = values[1];
    double beta = values[2];
    TdrCompletionRuns.Selected selected = instance(full);
    MatrixRecoveryProblem problem = selected.problem();
    long cap = (long) Math.ceil(3 / (alpha * beta)) + 2000;
    double threshold = full ? FULL_THRESHOLD : TINY_THRESHOLD;
    TdrCompletionRuns.Run run = TdrCompletionRuns.run(problem, alpha, beta,
        TdrCompletionRuns.initial(selected.seed() + 1, problem.dimension(), 1e-6), cap,
        List.of(), threshold, threshold);
    long t1 = run.memorization().orElse(-1);
    long t2 = run.generalization().orElse(-1);
    double gap = spectralGap(problem);
    double delay = t2 >= 0 && t1 >= 0 ? (t2 - t1) * alpha * beta : Double.NaN;
    return List.of(TdrCompletionRuns.num(alpha), TdrCompletionRuns.num(beta),
        TdrCompletionRuns.num(alpha * beta), TdrCompletionRuns.num(threshold),
        Long.toString(t1), Long.toString(t2),
        TdrCompletionRuns.num(delay), TdrCompletionRuns.num(delay / gap),
        TdrCompletionRuns.num(run.errorAtGeneralization()), TdrCompletionRuns.num(gap),
        TdrCompletionRuns.num(run.finalTrainingError()),
        TdrCompletionRuns.num(run.finalTestError()), Long.toString(selected.seed()),
        TdrCompletionRuns.num(run.seconds()));
  }

  /**
   * The least-squares slope of {@code log(t2 - t1)} against {@code log(alpha beta)} over the rows
   * with both steps found (NaN with fewer than two).
   */
  static double delaySlope(ResultTable table) {
    double[] ab = table.column("alphaBeta");
    double[] t1 = table.column("t1");
    double[] t2 = table.column("t2");
    List<double[]> xy = new ArrayList<>();
    for (int i = 0; i < ab.length; i++) {
      if (t1[i] >= 0 && t2[i] > t1[i]) {
        xy.add(new double[] {ab[i], t2[i] - t1[i]});
      }
    }
    return ZgFigureTwoExperiment.slope(columnsOf(xy));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] ab = table.column("alphaBeta");
    double[] t1 = table.column("t1");
    double[] t2 = table.column("t2");
    double[] error = table.column("errorAtT2");
    List<double[]> delays = new ArrayList<>();
    List<double[]> errors = new ArrayList<>();
    for (int i = 0; i < ab.length; i++) {
      if (t1[i] >= 0 && t2[i] > t1[i]) {
        delays.add(new double[] {ab[i], t2[i] - t1[i]});
        errors.add(new double[] {ab[i], error[i]});
      }
    }
    if (delays.isEmpty()) {
      return List.of();
    }
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put(String.format("t2 - t1 (slope %.3f)", delaySlope(table)), columnsOf(delays));
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "TDR Fig. 6: t2 - t1 vs alpha beta (completion)", "alpha beta", "t2 - t1", series));
    Map<String, double[][]> errorSeries = new LinkedHashMap<>();
    errorSeries.put("||A^(t2) - A*||_F", columnsOf(errors));
    files.addAll(Plots.logLog(outDir, name() + "-error",
        "TDR Fig. 6: recovery error at t2 vs alpha beta", "alpha beta", "error", errorSeries));
    return files;
  }

  /** The rows (x, y) as the two columns {@code {xs, ys}}, in order. */
  static double[][] columnsOf(List<double[]> rows) {
    double[][] out = new double[2][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      out[0][i] = rows.get(i)[0];
      out[1][i] = rows.get(i)[1];
    }
    return out;
  }
}
