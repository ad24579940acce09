package org.tacit.experiment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.tacit.benign.family.StageFamilies;
import org.tacit.benign.model.StageBoundaries;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.StageTrajectory;
import org.tacit.training.ProgressListener;
import org.tacit.verify.SeededDraws;

/**
 * {@code zg-fig1}: ZG Figure 1, the training dynamics of GD (2) on model (1): training loss,
 * test loss {@code ||beta - beta*||_2^2}, {@code ||lambda (w^{o2} - u^{o2})||_2} and
 * {@code ||v||_2} against t (log x-axis), with the Stage 1/2 boundary T1.
 *
 * <p>Full scale (the caption): {@code d = 5e4}, {@code n = floor(3 sqrt(d)) = 670},
 * {@code sigma = 0.1}, {@code beta* = (1, -1, 1, 0, ...)/sqrt(3)}, Gaussian X, the experiments'
 * lambda ({@link StageInstance#paperLambda}, 4.72e4), {@code alpha = 1e-10}, {@code eta = 1e-6},
 * until the training loss is at most 1e-5 (about an hour: progress on stderr every 30 s). The
 * medium variant {@code zg-fig1-medium} runs {@code d = 2500} ({@code n = 150}) with the same
 * parameters (minutes). Tiny scale (both): {@code d = 200} with the time-rescaled step
 * {@code eta = 1/(8 lambda beta_max)} of {@link StageFamilies} (under a second). The authors'
 * random draws cannot be matched; seed {@link #SEED}.
 *
 * <p>T1 (the red line; the paper does not say how it was computed) is the operational end of
 * Stage 1 of {@link StageBoundaries}: the first t with {@code err_S(t) <= sigma sqrt(ln(d)/n) +
 * sigma sqrt(n/d)}. Rows: {@link #ROWS} + 1 steps {@code t_k = max(k, round(T^{k/ROWS}))} of the
 * run (T its last step; {@code t_0 = 0}), each with the stage (1 before T1, 2 from T1, 2.2 from T21).
 *
 * <p>Spec: {@code ZG:fig-1}.
 */
public final class ZgFigureOneExperiment implements Experiment {

  /** The seed of the instance. */
  public static final long SEED = 1;

  /** Number of rows minus one. */
  public static final int ROWS = 200;

  /** The paper's step size. */
  public static final double ETA = 1e-6;

  private final String name;
  private final int fullDimension;
  private final ConcurrentHashMap<String, CompletableFuture<Run>> runs =
      new ConcurrentHashMap<>();

  /** The figure at the paper's {@code d = 5e4}. */
  public ZgFigureOneExperiment() {
    this("zg-fig1", 50_000);
  }

  private ZgFigureOneExperiment(String name, int fullDimension) {
    this.name = name;
    this.fullDimension = fullDimension;
  }

  /** The medium variant {@code zg-fig1-medium} ({@code d = 2500} at full scale). */
  public static ZgFigureOneExperiment medium() {
    return new ZgFigureOneExperiment("zg-fig1-medium", 2500);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "ZG Figure 1: training/test loss, ||lambda(w^2 - u^2)|| and ||v|| vs t with the stage"
        + " boundary T1 (d = " + fullDimension + ")";
  }

  @Override
  public List<String> columns() {
    return List.of("d", "step", "trainingLoss", "testLoss", "quadraticNorm", "vNorm",
        "signalError", "stage", "T1", "T21", "T");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    List<SweepPoint> points = new ArrayList<>();
    double full = scale == ExperimentScale.FULL ? 1 : 0;
    for (int k = 0; k <= ROWS; k++) {
      points.add(new SweepPoint(k, new double[] {full, k}, SEED));
    }
    return points;
  }

  /** The instance at full ({@code true}) or tiny scale. */
  StageInstance instance(boolean full) {
    SeededDraws draws = new SeededDraws(SEED);
    if (!full) {
      return StageFamilies.instance(200, draws, StageFamilies.SIGMA, StageFamilies.ALPHA, 1.0);
    }
    return StageFamilies.instance(fullDimension, draws, StageFamilies.SIGMA,
        StageFamilies.ALPHA, 1.0).withEta(ETA);
  }

  @Override
  public List<String> run(SweepPoint point) {
    boolean full = point.values()[0] == 1;
    int k = (int) point.values()[1];
    Run run = run(full);
    StageTrajectory trajectory = run.trajectory();
    int last = trajectory.lastStep();
    int t = k == 0 ? 0
        : (int) Math.min(last, Math.max(k, Math.round(Math.pow(last, (double) k / ROWS))));
    StageBoundaries stages = run.stages();
    int t1 = stages.t1().orElse(-1);
    int t21 = stages.t21().orElse(-1);
    String stage = t1 < 0 || t < t1 ? "1" : t21 >= 0 && t >= t21 ? "2.2" : "2";
    return List.of(Integer.toString(trajectory.instance().dimension()), Integer.toString(t),
        num(trajectory.loss(t)), num(trajectory.testLoss(t)), num(trajectory.quadraticNorm(t)),
        num(trajectory.vNorm(t)), num(trajectory.signalError(t)), stage, Integer.toString(t1),
        Integer.toString(t21), Integer.toString(last));
  }

  /** The memoised run at full or tiny scale. */
  private Run run(boolean full) {
    String key = Boolean.toString(full);
    CompletableFuture<Run> mine = new CompletableFuture<>();
    @Nullable CompletableFuture<Run> existing = runs.putIfAbsent(key, mine);
    if (existing != null) {
      return existing.join();
    }
    try {
      StageInstance instance = instance(full);
      long start = System.nanoTime();
      StageTrajectory trajectory = StageTrajectory.run(instance, Long.MAX_VALUE,
          full ? new Progress(name, System.err) : ProgressListener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (full) {
        System.err.printf(Locale.ROOT, "[%s] d=%d n=%d: %d steps in %.1f s (%.3g s/step)%n", name,
            instance.dimension(), instance.samples(), trajectory.lastStep(), seconds,
            seconds / Math.max(1, trajectory.lastStep()));
      }
      mine.complete(new Run(trajectory, StageBoundaries.of(trajectory)));
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] steps = table.column("step");
    double t1 = table.column("T1").length > 0 ? table.column("T1")[0] : -1;
    Map<String, double[][]> losses = new LinkedHashMap<>();
    losses.put("training loss", positive(steps, table.column("trainingLoss")));
    losses.put("test loss ||beta - beta*||^2", positive(steps, table.column("testLoss")));
    Map<String, double[][]> norms = new LinkedHashMap<>();
    norms.put("||lambda (w^2 - u^2)||", positive(steps, table.column("quadraticNorm")));
    norms.put("||v||", positive(steps, table.column("vNorm")));
    if (t1 > 0) {
      losses.put("T1 (end of Stage 1)", verticalLine(t1, losses));
      norms.put("T1 (end of Stage 1)", verticalLine(t1, norms));
    }
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name, "ZG Fig. 1: losses",
        "t", "loss", losses));
    files.addAll(Plots.logLog(outDir, name + "-norms", "ZG Fig. 1: norms of the two terms", "t",
        "norm", norms));
    return files;
  }

  /** The points with {@code x > 0} and {@code y > 0}, sorted by x. */
  private static double[][] positive(double[] xs, double[] ys) {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      if (xs[i] > 0 && ys[i] > 0 && Double.isFinite(ys[i])) {
        points.add(new double[] {xs[i], ys[i]});
      }
    }
    points.sort((a, b) -> Double.compare(a[0], b[0]));
    double[][] out = new double[2][points.size()];
    for (int i = 0; i < points.size(); i++) {
      out[0][i] = points.get(i)[0];
      out[1][i] = points.get(i)[1];
    }
    return out;
  }

  /** A vertical segment at {@code x} spanning the y-range of {@code series}. */
  private static double[][] verticalLine(double x, Map<String, double[][]> series) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (double[][] s : series.values()) {
      for (double y : s[1]) {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
    }
    return new double[][] {{x, x}, {lo, hi}};
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  /** A memoised run with its stage boundaries. */
  private record Run(StageTrajectory trajectory, StageBoundaries stages) {}

  /** Progress of a long run on a stream, every 30 s. */
  private record Progress(String name, PrintStream out) implements ProgressListener {
    @Override
    public void report(long step, double loss) {
      out.printf(Locale.ROOT, "[%s] t=%d L=%.4g%n", name, step, loss);
    }

    @Override
    public long intervalNanos() {
      return 30_000_000_000L;
    }
  }
}
