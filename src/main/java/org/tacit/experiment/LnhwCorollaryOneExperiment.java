package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedDesign;
import org.tacit.group.model.HadamardDesign;
import org.tacit.group.model.IterationWindow;
import org.tacit.verify.SeededDraws;

/**
 * {@code lnhw-cor1}: the rate of LNHW Corollary 1 as an experiment. Algorithm 1 (the paper's
 * convention and order) on designs meeting Theorem 3's hypotheses, for a geometric grid of sample
 * sizes {@code n}, with i.i.d. Gaussian noise {@code N(0, sigma^2)}: the error
 * {@code ||w(t) - w*||^2} at the best step of the run (oracle early stopping) and at
 * {@code ceil(T_lb)}, against the corollary's {@code s sigma^2 log p / n} and the honest
 * {@code (sum_{l in S} p_l) sigma^2 log p / n} (the proof drops the group sizes).
 *
 * <p>Design: {@code X = H R}, the first {@code p = 12} columns of the {@code n x n}
 * Sylvester-Hadamard matrix times {@code R = I + E}, {@code E} strictly upper triangular with
 * entries {@code k 2^-15} ({@code |k| <= 2}), so {@code X^T X / n = R^T R} has blocks of
 * {@code Sigma - I} of Frobenius norm below {@code 1.9e-4}, far under Theorem 3's
 * {@code (u*_min)^2 / (120 s (u*_max)^2) = 1/240}; 4 groups of 3, {@code w*} on the first two with
 * {@code ||w_l*|| = 60} ({@code 20 (1, 2, 2)} and {@code (60/7)(2, 3, 6)}); {@code sigma = 1/2};
 * {@code eps} the appendix level {@code 2 sqrt(2 sigma^2 log(2p)/n)}, so {@code zeta <= 60} for
 * every {@code n >= 32}; {@code alpha} half Theorem 3's bound, {@code gamma = 0.9/(20 (u*_max)^2)},
 * {@code v(0)} the normalised all-ones directions; {@code ceil(2 T_lb)} updates.
 *
 * <p>Points: one per ({@code n}, repetition), seeded, so the sweep shards. Full scale:
 * {@code n = 32 .. 1024} (6 sizes) x 20 repetitions; tiny: {@code n = 32, 64} x 2. The plot shows
 * the mean errors against {@code n} with both rates, on log scales.
 *
 * <p>Spec: {@code LNHW:cor-1}.
 */
public final class LnhwCorollaryOneExperiment implements Experiment {

  /** The noise level. */
  public static final double SIGMA = 0.5;

  /** The groups: 4 of size 3. */
  public static final GroupPartition GROUPS = GroupPartition.contiguous(4, 3);

  /** The true weights: two support groups of norm 60. */
  static final double[] W_STAR = {20, 40, 40, 120.0 / 7, 180.0 / 7, 360.0 / 7, 0, 0, 0, 0, 0,
      0};

  /** {@code ||w_l*||} of the support groups. */
  static final double MAGNITUDE = 60;

  /** Support groups. */
  static final int SUPPORT = 2;

  @Override
  public String name() {
    return "lnhw-cor1";
  }

  @Override
  public String description() {
    return "LNHW Corollary 1: error of early-stopped Algorithm 1 against n (rate sigma^2 log p / n)";
  }

  @Override
  public List<String> columns() {
    return List.of("n", "repetition", "bestError", "bestStep", "errorAtLowerSteps",
        "lowerSteps", "corollaryRate", "groupRate", "deltaIn", "deltaOut", "noiseInf", "zeta");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean tiny = scale == ExperimentScale.TINY;
    int largest = tiny ? 64 : 1024;
    int repetitions = tiny ? 2 : 20;
    List<SweepPoint> points = new ArrayList<>();
    for (int n = 32; n <= largest; n *= 2) {
      for (int r = 0; r < repetitions; r++) {
        points.add(new SweepPoint(points.size(), new double[] {n, r}, 7100L + 97L * n + r));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    int n = (int) point.values()[0];
    Outcome outcome = outcome(n, point.seed());
    double logP = Math.log(GROUPS.dimension());
    return List.of(Integer.toString(n), Integer.toString((int) point.values()[1]),
        Double.toString(outcome.bestError()), Long.toString(outcome.bestStep()),
        Double.toString(outcome.errorAtLowerSteps()), Double.toString(outcome.lowerSteps()),
        Double.toString(SUPPORT * SIGMA * SIGMA * logP / n),
        Double.toString(SUPPORT * 3 * SIGMA * SIGMA * logP / n),
        Double.toString(outcome.deltaIn()), Double.toString(outcome.deltaOut()),
        Double.toString(outcome.noiseInf()), Double.toString(outcome.zeta()));
  }

  /**
   * One run.
   *
   * @param bestError the smallest {@code ||w(t) - w*||^2} over the run
   * @param bestStep where it is attained
   * @param errorAtLowerSteps the error at {@code ceil(T_lb)}
   * @param lowerSteps {@code T_lb}
   * @param deltaIn {@code delta_in(X)} (spectral)
   * @param deltaOut {@code delta_out(X)} (spectral)
   * @param noiseInf {@code ||X^T xi / n||_inf}
   * @param zeta {@code zeta}
   */
  record Outcome(double bestError, long bestStep, double errorAtLowerSteps, double lowerSteps,
      double deltaIn, double deltaOut, double noiseInf, double zeta) {}

  /** Runs Algorithm 1 on the instance of size {@code n} drawn from {@code seed}. */
  static Outcome outcome(int n, long seed) {
    int p = GROUPS.dimension();
    int k = Integer.numberOfTrailingZeros(n);
    double[] h = HadamardDesign.rowMajor(k, p);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] r = new double[p][p];
    for (int i = 0; i < p; i++) {
      r[i][i] = 1;
      for (int j = i + 1; j < p; j++) {
        r[i][j] = (random.nextInt(5) - 2) / 32768.0;
      }
    }
    double[] x = new double[n * p];
    for (int row = 0; row < n; row++) {
      for (int j = 0; j < p; j++) {
        double sum = 0;
        for (int m = 0; m <= j; m++) {
          sum += h[row * p + m] * r[m][j];
        }
        x[row * p + j] = sum;
      }
    }
    SeededDraws draws = new SeededDraws(seed);
    double[] y = new double[n];
    double[] noise = new double[n];
    for (int row = 0; row < n; row++) {
      noise[row] = SIGMA * draws.gaussian();
      double fit = 0;
      for (int j = 0; j < p; j++) {
        fit += x[row * p + j] * W_STAR[j];
      }
      y[row] = fit + noise[row];
    }
    GroupedDesign design = new GroupedDesign(n, GROUPS, x, y);
    double noiseInf = 0;
    for (double gj : design.correlations(noise)) {
      noiseInf = Math.max(noiseInf, Math.abs(gj));
    }
    double epsilon = 2 * Math.sqrt(2 * SIGMA * SIGMA * Math.log(2.0 * p) / n);
    IterationWindow bounds = new IterationWindow(MAGNITUDE, MAGNITUDE, GROUPS.groupCount(),
        SUPPORT, epsilon, noiseInf, 0, 0);
    IterationWindow window = new IterationWindow(MAGNITUDE, MAGNITUDE, GROUPS.groupCount(),
        SUPPORT, epsilon, noiseInf, bounds.alphaBound() / 2, 0.9 * bounds.gammaBound());
    long steps = (long) Math.ceil(2 * window.lowerSteps());
    double[] u0 = new double[GROUPS.groupCount()];
    double[] v0 = new double[p];
    for (int l = 0; l < u0.length; l++) {
      u0[l] = window.alpha();
    }
    for (int i = 0; i < p; i++) {
      v0[i] = 1 / Math.sqrt(3);
    }
    AlgorithmRun run = AlgorithmRun.of(design, AlgorithmSettings.algorithmOne(window.gamma()),
        u0, v0, steps, AlgorithmRun.everyStep(steps));
    double best = Double.POSITIVE_INFINITY;
    long bestStep = -1;
    for (int t = 0; t < run.checkpoints().size(); t++) {
      double error = run.error(t, W_STAR);
      if (error < best) {
        best = error;
        bestStep = t;
      }
    }
    int lower = (int) Math.min(Math.ceil(window.lowerSteps()), run.checkpoints().size() - 1);
    return new Outcome(best, bestStep, run.error(lower, W_STAR), window.lowerSteps(),
        design.deltaIn(), design.deltaOut(), noiseInf, window.zeta());
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] n = table.column("n");
    double[] best = table.column("bestError");
    double[] atLower = table.column("errorAtLowerSteps");
    double[] corollary = table.column("corollaryRate");
    double[] group = table.column("groupRate");
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("mean best error", means(n, best));
    series.put("mean error at T_lb", means(n, atLower));
    series.put("s sigma^2 log p / n", means(n, corollary));
    series.put("(sum p_l) sigma^2 log p / n", means(n, group));
    return Plots.logLog(outDir, "lnhw-cor1", "LNHW Corollary 1: error vs n (slope "
        + String.format("%.2f", slope(means(n, best))) + ")", "n", "||w - w*||^2", series);
  }

  /** The mean of {@code values} per distinct {@code keys}, as {x, y} arrays. */
  static double[][] means(double[] keys, double[] values) {
    TreeMap<Double, double[]> sums = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      double[] sum = sums.computeIfAbsent(keys[i], key -> new double[2]);
      sum[0] += values[i];
      sum[1]++;
    }
    double[][] xy = new double[2][sums.size()];
    int k = 0;
    for (Map.Entry<Double, double[]> entry : sums.entrySet()) {
      xy[0][k] = entry.getKey();
      xy[1][k] = entry.getValue()[0] / entry.getValue()[1];
      k++;
    }
    return xy;
  }

  /** The least-squares slope of {@code log y} against {@code log x}. */
  static double slope(double[][] xy) {
    int m = xy[0].length;
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < m; i++) {
      meanX += Math.log(xy[0][i]) / m;
      meanY += Math.log(xy[1][i]) / m;
    }
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < m; i++) {
      double dx = Math.log(xy[0][i]) - meanX;
      covariance += dx * (Math.log(xy[1][i]) - meanY);
      variance += dx * dx;
    }
    return covariance / variance;
  }
}
