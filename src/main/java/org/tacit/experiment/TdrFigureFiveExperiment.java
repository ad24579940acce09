package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.linalg.Svd;

/**
 * {@code tdr-fig5}: TDR Figure 5, noiseless matrix completion solved by subgradient descent (1)
 * with the nuclear norm ({@code H = U V^T}, the polar factor at numerical rank):
 * {@code (n1, n2, r, N, alpha, beta) = (10, 10, 2, 70, 0.1, 1e-4)}, initial scale
 * {@code zeta = 1e-6} (App. H.2), {@link #FULL_STEPS} updates. The instance is the first seed from
 * {@link #BASE_SEED} that the convex precheck recovers (inventory E35: N = 70 is near the
 * nuclear-norm phase transition). Tiny scale: 5 x 5, r = 1, N = 18, beta = 3e-3, 10000 steps.
 *
 * <p>One row per recorded step (log grid): training and test (recovery) errors, the gradient
 * ratio {@code ||G|| / ||beta H||}, {@code ||A^(t)||_*} and the singular values, with the run's
 * seed, rejected seeds, t1, t2 and wall time repeated on every row.
 *
 * <p>Spec: {@code TDR:fig-5}, {@code TDR:rem-3.2.5} (the singular-value columns).
 */
public final class TdrFigureFiveExperiment implements Experiment {

  /** The first seed tried. */
  static final long BASE_SEED = 5_000L;

  /** The number of updates at full scale. */
  static final long FULL_STEPS = 200_000L;

  private static final int MAX_SINGULAR = 10;

  private final Map<Boolean, Result> results = new LinkedHashMap<>();

  /**
   * A memoised run with its instance.
   *
   * @param selected the instance
   * @param run the run
   * @param nuclearStar {@code ||A*||_*}
   */
  record Result(TdrCompletionRuns.Selected selected, TdrCompletionRuns.Run run,
      double nuclearStar) {}

  @Override
  public String name() {
    return "tdr-fig5";
  }

  @Override
  public String description() {
    return "TDR Figure 5: matrix completion (10x10, r=2, N=70, alpha=0.1, beta=1e-4) by nuclear"
        + " subgradient descent: errors, gradient ratio, ||A||_*, singular values";
  }

  @Override
  public List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("step", "trainError", "testError",
        "gradientRatio", "nuclearNorm", "nuclearNormStar"));
    for (int i = 1; i <= MAX_SINGULAR; i++) {
      columns.add("s" + i);
    }
    columns.addAll(List.of("seed", "rejectedSeeds", "t1", "t2", "seconds"));
    return columns;
  }

  private static long steps(boolean full) {
    return full ? FULL_STEPS : 10_000;
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (long t : TdrCompletionRuns.logGrid(steps(full), 20)) {
      points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, t}, BASE_SEED));
    }
    return points;
  }

  /** The run at full ({@code true}) or tiny scale, computed once. */
  synchronized Result result(boolean full) {
    @Nullable Result cached = results.get(full);
    if (cached != null) {
      return cached;
    }
    TdrCompletionRuns.Selected selected = full
        ? TdrCompletionRuns.select(10, 10, 2, 70, BASE_SEED)
        : TdrCompletionRuns.select(5, 5, 1, 18, BASE_SEED);
    int n = selected.problem().dimension();
    double beta = full ? 1e-4 : 3e-3;
    TdrCompletionRuns.Run run = TdrCompletionRuns.run(selected.problem(), 0.1, beta,
        TdrCompletionRuns.initial(selected.seed() + 1, n, 1e-6), steps(full),
        TdrCompletionRuns.logGrid(steps(full), 20));
    double nuclearStar = 0;
    for (double s : Svd.decompose(selected.problem().groundTruth(),
        selected.problem().rows(), selected.problem().columns()).singularValues()) {
      nuclearStar += s;
    }
    Result result = new Result(selected, run, nuclearStar);
    results.put(full, result);
    return result;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    Result result = result(values[0] == 1);
    long step = (long) values[1];
    TdrCompletionRuns.State state = result.run().states().stream()
        .filter(s -> s.step() == step).findFirst()
        .orElseThrow(() -> new IllegalStateException("step " + step + " not recorded"));
    List<String> cells = new ArrayList<>(List.of(Long.toString(step),
        TdrCompletionRuns.num(state.trainingError()), TdrCompletionRuns.num(state.testError()),
        TdrCompletionRuns.num(state.gradientRatio()), TdrCompletionRuns.num(state.nuclearNorm()),
        TdrCompletionRuns.num(result.nuclearStar())));
    for (int i = 0; i < MAX_SINGULAR; i++) {
      cells.add(i < state.singularValues().length
          ? TdrCompletionRuns.num(state.singularValues()[i]) : "NaN");
    }
    cells.add(Long.toString(result.selected().seed()));
    cells.add(Integer.toString(result.selected().rejected()));
    cells.add(Long.toString(result.run().memorization().orElse(-1)));
    cells.add(Long.toString(result.run().generalization().orElse(-1)));
    cells.add(TdrCompletionRuns.num(result.run().seconds()));
    return cells;
  }

  private static double[][] series(ResultTable table, String y) {
    double[] x = table.column("step");
    double[] v = table.column(y);
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 0 && Double.isFinite(v[i]) && v[i] > 0) {
        kept.add(new double[] {x[i], v[i]});
      }
    }
    double[][] out = new double[2][kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      out[0][i] = kept.get(i)[0];
      out[1][i] = kept.get(i)[1];
    }
    return out;
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> errors = new LinkedHashMap<>();
    errors.put("training error", series(table, "trainError"));
    errors.put("test error", series(table, "testError"));
    errors.put("||G|| / ||beta H||", series(table, "gradientRatio"));
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "TDR Fig. 5: matrix completion, relative errors and gradient ratio", "t", "value",
        errors));
    Map<String, double[][]> spectrum = new LinkedHashMap<>();
    spectrum.put("||A||_*", series(table, "nuclearNorm"));
    spectrum.put("||A*||_*", series(table, "nuclearNormStar"));
    for (int i = 1; i <= MAX_SINGULAR; i++) {
      double[][] s = series(table, "s" + i);
      if (s[0].length > 0) {
        spectrum.put("sigma_" + i, s);
      }
    }
    files.addAll(Plots.logLog(outDir, name() + "-spectrum",
        "TDR Fig. 5: ||A^(t)||_* and singular values", "t", "value", spectrum));
    return files;
  }
}
