package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.stepsize.DepthDiagonalModel;
import org.tacit.stepsize.GradientDescent;
import org.tacit.stepsize.HessianBounds;
import org.tacit.stepsize.Initialization;
import org.tacit.stepsize.Interpolators;
import org.tacit.stepsize.RegressionData;
import org.tacit.stepsize.SectionSevenData;
import org.tacit.stepsize.SquaredLoss;
import org.tacit.stepsize.StableStepBracket;
import org.tacit.stepsize.TrainingResult;
import org.tacit.stepsize.TrainingSettings;
import org.tacit.stepsize.WarmupSchedule;
import org.tacit.verify.SeededDraws;

/**
 * {@code nrss-fig1}: NRSS Figure 1, test loss against the initialisation scale alpha for several
 * step sizes eta (depth 2, GD with linear warm-up over {@link #WARMUP} steps, initialisation
 * alpha 1), with the minimum-l1 and minimum-l2 interpolators as baselines.
 *
 * <p>Data: the Section 7 model ({@link SectionSevenData}; full scale its defaults d = 100, N = 50,
 * r* = 5, mu = 5, sigma^2 = 5, seed 1; tiny scale d = 20, N = 10, r* = 3), test loss
 * {@code (1/2M) sum (y - <beta, x>)^2} on a fresh test set of M = {@link #TEST_SAMPLES} samples from
 * the same model (the paper's (1/2N) normalisation). Step sizes are fractions
 * {@link #ETA_FRACTIONS} of {@code 2 / lambda_up}, lambda_up the upper end of the Lemma D.2 bracket
 * (so every eta admits stable solutions: {@code 2 / lambda_up <= 2 / min lambda_max}). A run
 * converges when the training loss is below {@link #LOSS_TOLERANCE}; runs that diverge or exhaust
 * the budget are rows with {@code converged = false} and their reason (not plotted, never
 * dropped). Columns: kind ({@code gd}, {@code l1}, {@code l2}), alpha, eta (NaN for baselines),
 * converged, reason, steps, train and test loss, lambda_max at the end point (gd) and 2 / eta.
 *
 * <p>Spec: {@code NRSS:fig-1}.
 */
public final class NrssFigureOneExperiment implements Experiment {

  /** Warm-up length (steps), as in the tightness IT. */
  public static final long WARMUP = 1000;

  /** Training loss below which a run has converged. */
  public static final double LOSS_TOLERANCE = 1e-10;

  /** Test samples. */
  public static final int TEST_SAMPLES = 1000;

  /** Step sizes as fractions of 2 / lambda_up. */
  static final double[] ETA_FRACTIONS = {0.25, 0.5, 0.75, 1.0};

  private static final double[] ALPHAS_FULL = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0};
  private static final double[] ALPHAS_TINY = {0.1, 0.5};

  @Override
  public String name() {
    return "nrss-fig1";
  }

  @Override
  public String description() {
    return "NRSS Figure 1: test loss vs alpha for several step sizes, with l1 and l2 baselines";
  }

  @Override
  public List<String> columns() {
    return List.of("kind", "alpha", "eta", "converged", "reason", "steps", "trainLoss",
        "testLoss", "lambdaMax", "twoOverEta");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean tiny = scale == ExperimentScale.TINY;
    double[] alphas = tiny ? ALPHAS_TINY : ALPHAS_FULL;
    double[] fractions = tiny ? new double[] {0.5} : ETA_FRACTIONS;
    List<SweepPoint> points = new ArrayList<>();
    double size = tiny ? 0 : 1;
    for (int kind = 1; kind <= 2; kind++) {
      points.add(new SweepPoint(points.size(), new double[] {size, kind, Double.NaN, Double.NaN},
          1));
    }
    for (double fraction : fractions) {
      for (double alpha : alphas) {
        points.add(new SweepPoint(points.size(), new double[] {size, 0, alpha, fraction}, 1));
      }
    }
    return points;
  }

  private static SectionSevenData model(boolean full) {
    return full ? SectionSevenData.defaults() : new SectionSevenData(20, 10, 3, 5.0, 5.0, 0.01);
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] v = point.values();
    boolean full = v[0] == 1;
    SectionSevenData model = model(full);
    SectionSevenData.Sample sample = model.sample(point.seed());
    RegressionData data = sample.data();
    RegressionData test = model.testSet(sample.plantedPredictor(), TEST_SAMPLES,
        new SeededDraws(point.seed() + 1_000_003L));
    int kind = (int) v[1];
    if (kind != 0) {
      double[] beta = kind == 1 ? Interpolators.minimumL1(data) : Interpolators.minimumL2(data);
      return List.of(kind == 1 ? "l1" : "l2", "NaN", "NaN", "true", "interpolator", "0",
          num(loss(data, beta)), num(loss(test, beta)), "NaN", "NaN");
    }
    double alpha = v[2];
    double eta = v[3] * StableStepBracket.of(data).largestStableStepLower();
    DepthDiagonalModel depthTwo = new DepthDiagonalModel(2);
    TrainingResult run = GradientDescent.train(data, depthTwo,
        Initialization.uniform(depthTwo, data.dimension(), alpha),
        new TrainingSettings(WarmupSchedule.linear(eta, WARMUP), LOSS_TOLERANCE,
            full ? 400_000 : 100_000, WARMUP));
    double[] beta = depthTwo.beta(run.theta(), data.dimension());
    double lambda = run.converged()
        ? HessianBounds.at(new SquaredLoss(data, depthTwo), run.theta()).lambdaMax()
        : Double.NaN;
    return List.of("gd", num(alpha), num(eta), String.valueOf(run.converged()),
        run.reason().replace(',', ';'), Long.toString(run.steps()), num(loss(data, beta)),
        num(loss(test, beta)), num(lambda), num(2 / eta));
  }

  /** {@code (1/2M) sum_n (y_n - <beta, x_n>)^2}. */
  static double loss(RegressionData data, double[] beta) {
    double[] prediction = data.times(beta);
    double sum = 0;
    for (int n = 0; n < prediction.length; n++) {
      double r = data.labels()[n] - prediction[n];
      sum += r * r;
    }
    return sum / (2.0 * data.samples());
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] alpha = table.column("alpha");
    double[] eta = table.column("eta");
    double[] testLoss = table.column("testLoss");
    int kindColumn = table.header().indexOf("kind");
    int convergedColumn = table.header().indexOf("converged");
    List<List<String>> rows = new ArrayList<>(table.rows().values());
    TreeMap<Double, List<double[]>> byEta = new TreeMap<>();
    double minAlpha = Double.POSITIVE_INFINITY;
    double maxAlpha = 0;
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).get(kindColumn).equals("gd")) {
        minAlpha = Math.min(minAlpha, alpha[r]);
        maxAlpha = Math.max(maxAlpha, alpha[r]);
        if (rows.get(r).get(convergedColumn).equals("true")) {
          byEta.computeIfAbsent(eta[r], k -> new ArrayList<>())
              .add(new double[] {alpha[r], testLoss[r]});
        }
      }
    }
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (Map.Entry<Double, List<double[]>> entry : byEta.entrySet()) {
      List<double[]> xy = entry.getValue();
      xy.sort((p, q) -> Double.compare(p[0], q[0]));
      double[][] arrays = new double[2][xy.size()];
      for (int i = 0; i < xy.size(); i++) {
        arrays[0][i] = xy.get(i)[0];
        arrays[1][i] = xy.get(i)[1];
      }
      series.put(String.format(java.util.Locale.ROOT, "GD, eta = %.3g", entry.getKey()), arrays);
    }
    for (int r = 0; r < rows.size(); r++) {
      String kind = rows.get(r).get(kindColumn);
      if (!kind.equals("gd") && maxAlpha > 0) {
        series.put("min " + kind + " interpolator",
            new double[][] {{minAlpha, maxAlpha}, {testLoss[r], testLoss[r]}});
      }
    }
    if (series.isEmpty()) {
      series.put("no converged run", new double[][] {Arrays.copyOf(new double[] {1}, 1),
          new double[] {1}});
    }
    return Plots.logLog(outDir, name(), "NRSS Figure 1: test loss vs alpha (depth 2, warm-up)",
        "alpha", "test loss", series);
  }
}
