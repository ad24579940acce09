package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.grokking.neural.AccuracySteps;
import org.tacit.grokking.neural.MlpObjective;
import org.tacit.grokking.neural.MlpTraining;
import org.tacit.grokking.neural.WeightRegularizer;

/**
 * {@code tdr-fig1}: TDR Figure 1, the MLP of Section 2.1 / H.3.1 on addition mod p
 * ({@code r_train = 0.4}) trained full batch with Adam (PyTorch defaults, learning rate
 * {@link #LEARNING_RATE}) on {@code f = g + beta h} for {@code h} in {l1, l2^2/2, nuclear} (summed
 * over the weight matrices E, W1, W2; biases not regularized) and several beta: train and test
 * accuracy (top row of the figure) and the l1, l2 and nuclear norms of the weights (bottom row,
 * all runs) along training. One sweep point per (run, recorded step); each run is computed once
 * (memoised, deterministic). Columns: regularizer (1 = l1, 2 = l2, 3 = nuclear), beta, step,
 * train/test accuracy and loss, the three norms, and the run's {@code t1} (first recorded step
 * with training accuracy 1) and {@code t2} (first recorded step with test accuracy 1), -1 when
 * not reached; every run uses the seed {@link #SEED} (split and initialization).
 *
 * <p>Paper scale ({@code full}): p = 97, d1 = d2 = 64, {@link #FULL_STEPS} full-batch steps,
 * recorded every 100, beta in {1e-6, 1e-5} (l1), {1e-5, 1e-4} (l2), {1e-5, 1e-4} (nuclear),
 * values from the authors' grids (their notebook: mini-batches of 2048, 1e4 epochs, learning
 * rates 1e-3 to 1e-1); hours on this machine. Tiny ({@code tiny}): p = 23, d1 = d2 = 32, one beta
 * per regularizer (l1 1e-4, l2 1e-3, nuclear 1e-3), {@link #TINY_STEPS} steps recorded every 50;
 * seconds.
 *
 * <p>Spec: {@code TDR:fig-1}, {@code TDR:rem-H.3.1}.
 */
public final class TdrFigureOneExperiment
    extends LnhwFigureTrajectoryExperiment<MlpTraining.Run> {

  /** The seed of every run. */
  public static final long SEED = 1;

  /** Adam's learning rate (the paper's alpha). */
  public static final double LEARNING_RATE = 1e-2;

  /** Steps at paper scale. */
  public static final long FULL_STEPS = 10_000;

  /** Steps at tiny scale. */
  public static final long TINY_STEPS = 1_200;

  @Override
  public String name() {
    return "tdr-fig1";
  }

  @Override
  public String description() {
    return "TDR Figure 1: MLP on addition mod p with l1 / l2 / nuclear regularization, train and"
        + " test accuracy and weight norms vs step";
  }

  @Override
  public List<String> columns() {
    return List.of("regularizer", "beta", "step", "trainAccuracy", "testAccuracy", "trainLoss",
        "testLoss", "l1", "l2", "nuclear", "t1", "t2");
  }

  private static final WeightRegularizer[] REGULARIZERS = {WeightRegularizer.L1,
      WeightRegularizer.L2, WeightRegularizer.NUCLEAR};

  private static double[] betas(WeightRegularizer h, boolean full) {
    switch (h) {
      case L1:
        return full ? new double[] {1e-6, 1e-5} : new double[] {1e-4};
      case L2:
        return full ? new double[] {1e-5, 1e-4} : new double[] {1e-3};
      default:
        return full ? new double[] {1e-5, 1e-4} : new double[] {1e-3};
    }
  }

  private static MlpTraining.Setting setting(boolean full, int regularizer, double beta) {
    return new MlpTraining.Setting(full ? 97 : 23, full ? 64 : 32, full ? 64 : 32, 0.4,
        REGULARIZERS[regularizer - 1], beta, LEARNING_RATE, full ? FULL_STEPS : TINY_STEPS,
        full ? 100 : 50, SEED);
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (int r = 1; r <= REGULARIZERS.length; r++) {
      for (double beta : betas(REGULARIZERS[r - 1], full)) {
        MlpTraining.Setting setting = setting(full, r, beta);
        long records = setting.steps() / setting.evaluationInterval() + 1;
        for (int k = 0; k < records; k++) {
          points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, r, beta, k},
              SEED));
        }
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    int regularizer = (int) values[1];
    double beta = values[2];
    int k = (int) values[3];
    MlpTraining.Run run = trace(regularizer + "/" + beta + "/" + full,
        () -> MlpTraining.run(setting(full, regularizer, beta)));
    List<MlpObjective.Measurement> measurements = run.measurements();
    AccuracySteps steps = AccuracySteps.of(measurements, 1.0, 1.0);
    MlpObjective.Measurement m = measurements.get(Math.min(k, measurements.size() - 1));
    return List.of(Integer.toString(regularizer), Double.toString(beta),
        Long.toString(m.step()), Double.toString(m.trainAccuracy()),
        Double.toString(m.testAccuracy()), Double.toString(m.trainLoss()),
        Double.toString(m.testLoss()), Double.toString(m.l1Norm()),
        Double.toString(m.l2Norm()), Double.toString(m.nuclearNorm()),
        Long.toString(steps.memorization().orElse(-1)),
        Long.toString(steps.generalization().orElse(-1)));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] regularizer = table.column("regularizer");
    double[] beta = table.column("beta");
    double[] step = table.column("step");
    String[] names = {"l1", "l2", "nuclear"};
    Map<String, List<double[]>> train = new LinkedHashMap<>();
    Map<String, List<double[]>> test = new LinkedHashMap<>();
    Map<String, List<double[]>> norms = new LinkedHashMap<>();
    double[] trainAccuracy = table.column("trainAccuracy");
    double[] testAccuracy = table.column("testAccuracy");
    double[] l1 = table.column("l1");
    double[] l2 = table.column("l2");
    double[] nuclear = table.column("nuclear");
    for (int row = 0; row < step.length; row++) {
      double t = step[row] + 1;
      String run = names[(int) regularizer[row] - 1] + ", beta = " + beta[row];
      train.computeIfAbsent("train " + run, key -> new ArrayList<>())
          .add(new double[] {t, trainAccuracy[row]});
      test.computeIfAbsent("test " + run, key -> new ArrayList<>())
          .add(new double[] {t, testAccuracy[row]});
      norms.computeIfAbsent("l1 norm, " + run, key -> new ArrayList<>())
          .add(new double[] {t, l1[row]});
      norms.computeIfAbsent("l2 norm, " + run, key -> new ArrayList<>())
          .add(new double[] {t, l2[row]});
      norms.computeIfAbsent("nuclear norm, " + run, key -> new ArrayList<>())
          .add(new double[] {t, nuclear[row]});
    }
    Map<String, double[][]> accuracy = new LinkedHashMap<>();
    accuracy.putAll(series(train));
    accuracy.putAll(series(test));
    List<Path> files = new ArrayList<>(Plots.semiLogX(outDir, name(),
        "TDR Fig. 1 (top): train / test accuracy of the MLP on addition mod p",
        "seed " + SEED + ", Adam lr " + LEARNING_RATE + ", full batch, r_train = 0.4",
        "step + 1", "accuracy", accuracy));
    files.addAll(Plots.logLog(outDir, name() + "-norms",
        "TDR Fig. 1 (bottom): l1, l2, nuclear norms of the weights",
        "seed " + SEED + ", weights E, W1, W2", "step + 1", "norm", series(norms)));
    return files;
  }

  private static Map<String, double[][]> series(Map<String, List<double[]>> points) {
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (Map.Entry<String, List<double[]>> entry : points.entrySet()) {
      List<double[]> xy = new ArrayList<>(entry.getValue());
      xy.sort((a, b) -> Double.compare(a[0], b[0]));
      double[][] arrays = new double[2][xy.size()];
      for (int i = 0; i < xy.size(); i++) {
        arrays[0][i] = xy.get(i)[0];
        arrays[1][i] = xy.get(i)[1];
      }
      series.put(entry.getKey(), arrays);
    }
    return series;
  }
}
