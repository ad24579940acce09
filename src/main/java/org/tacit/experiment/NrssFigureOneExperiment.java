package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkModel;
import org.tacit.stepsize.model.DiagonalNetworkObjective;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.Initialization;
import org.tacit.stepsize.model.Interpolators;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SectionSevenData;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.stepsize.model.StableStepBracket;
import org.tacit.stepsize.model.UvDiagonalModel;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;
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
 * converges when the training loss is below {@link ExperimentTolerances#TRAINING_LOSS}; runs that
 * diverge or exhaust the budget are rows with {@code converged = false} and their reason (not
 * plotted, never dropped). Columns: kind ({@code gd}, {@code l1}, {@code l2}), alpha, eta (NaN for baselines),
 * converged, reason, steps, train and test loss, lambda_max at the end point (gd) and 2 / eta.
 *
 * <p>Variants ({@link #figureThree()}, {@link #figureFive()}, {@link #figureSix()}): Figure 3 runs
 * the same sweep for centred data (mu = 0) and mu = 10; Figure 5 uses the UV model (34) with the
 * same step grid (fractions of the depth-2 bracket's 2 / lambda_up, a grid choice, not a stability
 * guarantee for UV); Figure 6 starts from alpha |z|, z ~ N(0, I), the same z for every step size
 * at a given alpha and mu (seeded by them). Column
 * {@code mu} says which data a row used.
 *
 * <p>Spec: {@code NRSS:fig-1}, {@code NRSS:fig-3}, {@code NRSS:fig-5}, {@code NRSS:fig-6}.
 */
public final class NrssFigureOneExperiment implements Experiment {

  private final String name;
  private final String description;
  private final double[] means;
  private final boolean uv;
  private final boolean normalInitialization;

  /** Figure 1: depth 2, the default mean mu = 5. */
  public NrssFigureOneExperiment() {
    this("nrss-fig1", "NRSS Figure 1: test loss vs alpha for several step sizes, with l1 and l2"
        + " baselines", new double[] {5.0}, false, false);
  }

  /**
   * A variant: {@code nrss-fig3} (means {0, 10}, depth 2) or {@code nrss-fig5} (UV model).
   *
   * @param name the command-line name
   * @param description one line
   * @param means the feature means mu of the data (one sweep each)
   * @param uv whether the model is the UV model (34) instead of depth 2
   * @param normalInitialization whether theta(0) = alpha |z|, z ~ N(0, I) (seeded per point)
   *     instead of alpha 1
   */
  public NrssFigureOneExperiment(String name, String description, double[] means, boolean uv,
      boolean normalInitialization) {
    this.name = name;
    this.description = description;
    this.means = means.clone();
    this.uv = uv;
    this.normalInitialization = normalInitialization;
  }

  /** Figure 3: feature mean mu = 0 against mu = 10. */
  public static NrssFigureOneExperiment figureThree() {
    return new NrssFigureOneExperiment("nrss-fig3",
        "NRSS Figure 3: test loss vs alpha for centred (mu = 0) and non-centred (mu = 10) data",
        new double[] {0.0, 10.0}, false, false);
  }

  /** Figure 5: the UV model. */
  public static NrssFigureOneExperiment figureFive() {
    return new NrssFigureOneExperiment("nrss-fig5",
        "NRSS Figure 5: test loss vs alpha for the UV model, with l1 and l2 baselines",
        new double[] {5.0}, true, false);
  }

  /** Figure 6: Figure 1 with random normal initialisation. */
  public static NrssFigureOneExperiment figureSix() {
    return new NrssFigureOneExperiment("nrss-fig6",
        "NRSS Figure 6: Figure 1 with random normal initialisation alpha |z|, z ~ N(0, I)",
        new double[] {5.0}, false, true);
  }

  /** Warm-up length (steps), as in the tightness IT. */
  public static final long WARMUP = 1000;

  /** Test samples. */
  public static final int TEST_SAMPLES = 1000;

  /** Step sizes as fractions of 2 / lambda_up. */
  static final double[] ETA_FRACTIONS = {0.25, 0.5, 0.75, 1.0};

  private static final double[] ALPHAS_FULL = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0};
  private static final double[] ALPHAS_TINY = {0.1, 0.5};

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<String> columns() {
    return List.of("mu", "kind", "alpha", "eta", "converged", "reason", "steps", "trainLoss",
        "testLoss", "lambdaMax", "twoOverEta");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean tiny = scale == ExperimentScale.TINY;
    double[] alphas = tiny ? ALPHAS_TINY : ALPHAS_FULL;
    double[] fractions = tiny ? new double[] {0.5} : ETA_FRACTIONS;
    List<SweepPoint> points = new ArrayList<>();
    double size = tiny ? 0 : 1;
    for (double mu : means) {
      for (int kind = 1; kind <= 2; kind++) {
        points.add(new SweepPoint(points.size(),
            new double[] {size, kind, Double.NaN, Double.NaN, mu}, 1));
      }
      for (double fraction : fractions) {
        for (double alpha : alphas) {
          points.add(new SweepPoint(points.size(), new double[] {size, 0, alpha, fraction, mu},
              1));
        }
      }
    }
    return points;
  }

  private static SectionSevenData model(boolean full, double mu) {
    return full ? new SectionSevenData(100, 50, 5, mu, 5.0, 0.01)
        : new SectionSevenData(20, 10, 3, mu, 5.0, 0.01);
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] v = point.values();
    boolean full = v[0] == 1;
    double mu = v[4];
    SectionSevenData model = model(full, mu);
    SectionSevenData.Sample sample = model.sample(point.seed());
    RegressionData data = sample.data();
    RegressionData test = model.testSet(sample.plantedPredictor(), TEST_SAMPLES,
        new SeededDraws(point.seed() + 1_000_003L));
    int kind = (int) v[1];
    if (kind != 0) {
      double[] beta = kind == 1 ? Interpolators.minimumL1(data) : Interpolators.minimumL2(data);
      return List.of(num(mu), kind == 1 ? "l1" : "l2", "NaN", "NaN", "true", "interpolator", "0",
          num(loss(data, beta)), num(loss(test, beta)), "NaN", "NaN");
    }
    double alpha = v[2];
    double eta = v[3] * StableStepBracket.of(data).largestStableStepLower();
    DiagonalNetworkModel network = uv ? new UvDiagonalModel() : new DepthDiagonalModel(2);
    double[] initial = normalInitialization
        ? Initialization.randomNormal(network, data.dimension(), alpha,
            new SeededDraws(point.seed() * 31 + Double.hashCode(alpha)
                + 17L * Double.hashCode(mu)))
        : Initialization.uniform(network, data.dimension(), alpha);
    TrainingResult run = GradientDescent.run(new DiagonalNetworkObjective(data, network),
        initial, new TrainingSettings(WarmupSchedule.linear(eta, WARMUP),
            ExperimentTolerances.TRAINING_LOSS, full ? 400_000 : 100_000, WARMUP));
    double[] beta = network.beta(run.theta(), data.dimension());
    double lambda = run.converged()
        ? HessianBounds.at(new SquaredLoss(data, network), run.theta()).lambdaMax()
        : Double.NaN;
    return List.of(num(mu), "gd", num(alpha), num(eta), String.valueOf(run.converged()),
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
    double[] mu = table.column("mu");
    boolean severalMeans = means.length > 1;
    double[] testLoss = table.column("testLoss");
    int kindColumn = table.header().indexOf("kind");
    int convergedColumn = table.header().indexOf("converged");
    List<List<String>> rows = new ArrayList<>(table.rows().values());
    TreeMap<String, List<double[]>> byEta = new TreeMap<>();
    double minAlpha = Double.POSITIVE_INFINITY;
    double maxAlpha = 0;
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).get(kindColumn).equals("gd")) {
        minAlpha = Math.min(minAlpha, alpha[r]);
        maxAlpha = Math.max(maxAlpha, alpha[r]);
        if (rows.get(r).get(convergedColumn).equals("true")) {
          String label = (severalMeans ? String.format(Locale.ROOT, "mu = %.3g, ", mu[r])
              : "") + String.format(Locale.ROOT, "GD, eta = %.3g", eta[r]);
          byEta.computeIfAbsent(label, k -> new ArrayList<>())
              .add(new double[] {alpha[r], testLoss[r]});
        }
      }
    }
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (Map.Entry<String, List<double[]>> entry : byEta.entrySet()) {
      List<double[]> xy = entry.getValue();
      xy.sort((p, q) -> Double.compare(p[0], q[0]));
      double[][] arrays = new double[2][xy.size()];
      for (int i = 0; i < xy.size(); i++) {
        arrays[0][i] = xy.get(i)[0];
        arrays[1][i] = xy.get(i)[1];
      }
      series.put(entry.getKey(), arrays);
    }
    for (int r = 0; r < rows.size(); r++) {
      String kind = rows.get(r).get(kindColumn);
      if (!kind.equals("gd") && maxAlpha > 0) {
        series.put((severalMeans ? String.format(Locale.ROOT, "mu = %.3g, ", mu[r])
            : "") + "min " + kind + " interpolator",
            new double[][] {{minAlpha, maxAlpha}, {testLoss[r], testLoss[r]}});
      }
    }
    if (series.isEmpty()) {
      series.put("no converged run", new double[][] {Arrays.copyOf(new double[] {1}, 1),
          new double[] {1}});
    }
    return Plots.logLog(outDir, name(), description, "alpha", "test loss", series);
  }
}
