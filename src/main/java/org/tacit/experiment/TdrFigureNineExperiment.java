package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.grokking.model.DeepHadamardDescent;
import org.tacit.grokking.model.GrokkingSteps;
import org.tacit.grokking.model.LeastSquaresLoss;
import org.tacit.training.ProgressListener;
import org.tacit.training.TrainingResult;
import org.tacit.verify.SeededDraws;

/**
 * {@code tdr-fig9}: TDR Figure 9 (with Figures 17 and 18, Appendix F.1), recovery error of deep
 * sparse recovery as a function of the depth L and the data size N for the parameterization
 * {@code a = A_1 o ... o A_L} trained by (118) through the shared training loop
 * ({@link DeepHadamardDescent}). Setting of Section F.1: {@code (n, s, alpha, beta) = (100, 5, 0.1,
 * 0)}, {@code L in {1, 2, 3, 4}}, initialization {@code A_k ~ zeta N(0, 1/n)} with
 * {@code zeta = 1e-6} for L = 1 and {@code 1e-2} for L > 1. Data as in Section G.1.2 with
 * {@code tau = 0} and no noise: {@code X = M Phi} with M iid {@code N(0, 1/n)} and Phi orthogonal,
 * which has the law of an iid {@code N(0, 1/n)} matrix, so X is drawn directly; {@code a*} has s
 * entries {@code N(0, 1/n)} on a random support; {@code y = X a*}. The data of a point depend only
 * on N and the seed (the same for every L).
 *
 * <p>Each run is capped at {@link #FULL_STEPS} updates (escape from a small initialization slows
 * down quickly with L); {@code t1}, {@code t2} use the paper's thresholds 1e-4 and are -1 when not
 * reached (censored). Columns: L, N, zeta, steps, trainingError, recoveryError (at the last
 * iterate), t1, t2, seconds. Tiny scale: n = 20, s = 2, N in {6, 14}, L in {1, 2}, 3000 steps.
 *
 * <p>Spec: {@code TDR:fig-9}, {@code TDR:fig-17}, {@code TDR:fig-18}, {@code TDR:rem-F.1.2}.
 */
public final class TdrFigureNineExperiment implements Experiment {

  /** The step cap of a full-scale run. */
  public static final long FULL_STEPS = 200_000;

  private static final long TINY_STEPS = 3_000;

  private static final long SEED = 9_0009L;

  private static final double ALPHA = 0.1;

  @Override
  public String name() {
    return "tdr-fig9";
  }

  @Override
  public String description() {
    return "TDR Figure 9 (and 17, 18): deep sparse recovery a = A_1 o ... o A_L, recovery error"
        + " vs depth L and data size N";
  }

  @Override
  public List<String> columns() {
    return List.of("L", "N", "zeta", "steps", "trainingError", "recoveryError", "t1", "t2",
        "seconds");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    int[] depths = full ? new int[] {1, 2, 3, 4} : new int[] {1, 2};
    int[] sizes = full ? new int[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100} : new int[] {6, 14};
    List<SweepPoint> points = new ArrayList<>();
    for (int depth : depths) {
      for (int samples : sizes) {
        points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, depth, samples},
            SEED + samples));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    int depth = (int) values[1];
    int samples = (int) values[2];
    int n = full ? 100 : 20;
    int sparsity = full ? 5 : 2;
    SeededDraws draws = new SeededDraws(point.seed());
    double scale = 1 / Math.sqrt(n);
    double[] x = new double[samples * n];
    for (int i = 0; i < x.length; i++) {
      x[i] = scale * draws.gaussian();
    }
    double[] target = new double[n];
    int[] order = draws.permutation(n);
    for (int k = 0; k < sparsity; k++) {
      target[order[k]] = scale * draws.gaussian();
    }
    LeastSquaresLoss loss = new LeastSquaresLoss(x, samples, n, new double[samples]);
    double[] y = new double[samples];
    loss.residual(target, y);
    LeastSquaresLoss g = new LeastSquaresLoss(x, samples, n, y);
    double zeta = depth == 1 ? 1e-6 : 1e-2;
    double[] initial = new double[depth * n];
    for (int i = 0; i < initial.length; i++) {
      initial[i] = zeta * scale * draws.gaussian();
    }
    GrokkingSteps steps = GrokkingSteps.noiseless(y, target);
    long start = System.nanoTime();
    TrainingResult result = DeepHadamardDescent.run(g, depth, 0.0, ALPHA, initial,
        full ? FULL_STEPS : TINY_STEPS, steps, ProgressListener.NONE);
    double seconds = (System.nanoTime() - start) * 1e-9;
    return List.of(Integer.toString(depth), Integer.toString(samples), Double.toString(zeta),
        Long.toString(result.steps()), Double.toString(steps.lastTrainingError()),
        Double.toString(steps.lastRecoveryError()),
        Long.toString(steps.memorizationStep().orElse(-1)),
        Long.toString(steps.generalizationStep().orElse(-1)), Double.toString(seconds));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] depth = table.column("L");
    double[] samples = table.column("N");
    double[] error = table.column("recoveryError");
    Map<Integer, TreeMap<Double, Double>> byDepth = new TreeMap<>();
    for (int r = 0; r < depth.length; r++) {
      if (error[r] > 0 && Double.isFinite(error[r])) {
        byDepth.computeIfAbsent((int) depth[r], k -> new TreeMap<>()).put(samples[r], error[r]);
      }
    }
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (Map.Entry<Integer, TreeMap<Double, Double>> entry : byDepth.entrySet()) {
      double[][] xy = new double[2][entry.getValue().size()];
      int i = 0;
      for (Map.Entry<Double, Double> point : entry.getValue().entrySet()) {
        xy[0][i] = point.getKey();
        xy[1][i] = point.getValue();
        i++;
      }
      series.put("L = " + entry.getKey(), xy);
    }
    return Plots.logLog(outDir, name(),
        "TDR Fig. 9: recovery error ||a - a*|| / ||a*|| vs N and depth L", "N",
        "relative recovery error", series);
  }
}
