package org.tacit.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.benign.model.HybridInterpolation;
import org.tacit.benign.model.LearnerDescent;
import org.tacit.benign.model.LearnerObjective;
import org.tacit.benign.model.MinimumL1Interpolator;
import org.tacit.benign.model.MinimumL1Solution;
import org.tacit.benign.model.MirrorFlowLimit;
import org.tacit.benign.model.MirrorFlowSolution;
import org.tacit.benign.model.MirrorLink;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.linalg.DenseKernels;
import org.tacit.linalg.Vectors;
import org.tacit.lp.LpPrecision;
import org.tacit.training.Objective;
import org.tacit.training.TrainingResult;
import org.tacit.verify.SeededDraws;

/**
 * ZG Figure 2 (Appendix E): test loss {@code ||beta - beta*||_2^2} against d at
 * {@code n = floor(3 sqrt d)}, {@code sigma = 0.1}, {@code beta* = (1, -1, 1, 0, ...)/sqrt 3},
 * isotropic Gaussian X, 3 seeds per d; one sweep point per (d, seed, method), so
 * {@code --shard i/n} splits the runs. Methods:
 * <ol>
 *   <li>{@code hybrid}: hybrid interpolation (Lasso on the paper's 7-point grid, oracle selection
 *       by test loss, plus the min-l2 interpolator of the residual);
 *   <li>{@code model1}: model (1) by exact GD (2) ({@link LearnerObjective} through
 *       {@link LearnerDescent}), {@code alpha = 1e-10}, {@code eta = 1e-6}, the paper's lambda
 *       (inventory reading of the OCR: {@code 100 d / (sigma n ln n (sqrt(ln d / n) + sqrt(n/d)))}),
 *       until loss {@code 1e-4};
 *   <li>{@code w2-u2-flow}: SUBSTITUTE for the paper's method (3) (GD on {@code w^2 - u^2} at
 *       {@code alpha = 1e-15}, {@code eta = 1e-6} needs about 1e9 steps, infeasible here): its
 *       gradient-flow limit at {@code alpha = 1e-15} (proofs-notes/ZG/gradient-flow.md);
 *   <li>{@code min-l1}: the min-l1 interpolator (the project's double simplex on the exact
 *       rational values of the doubles, primal and dual solved independently), for reference,
 *       only for {@code d <= 100} (2 s at d = 36; the exact rational LP took 12 s there).
 * </ol>
 * Column {@code steps}: GD steps for model1, Newton iterations of the last continuation stage for
 * the flow limit, 0 otherwise. Each row also reports the wall time of the point, the calibrated constant of
 * {@code ZG:cor-3.2} ({@code ||beta - beta*|| / (sigma sqrt(s ln^5 d / n))}) and the ratio of
 * {@code ZG:rem-1.3} ({@code ||beta - beta*||^2 / (sigma^2 / ln(d/n))}); the plot step writes the
 * means, standard deviations and log-log slopes to {@code zg-fig2-summary.txt}. Scale FULL:
 * {@code d in {100, 1000, 2500, 10000}} (more, e.g. 1e5, with
 * {@code -Dtacit.zg-fig2.dims=100,1000,100000}); TINY: {@code d in {36, 64}}, one seed, min-l1 at d = 36 only, and
 * {@code eta = 1e-4} (tiny problems need many steps at 1e-6; it is a smoke test, not the figure).
 *
 * <p>Spec: {@code ZG:fig-2}, {@code ZG:cor-3.2}, {@code ZG:thm-1.1} (trend and calibrated
 * constant), {@code ZG:rem-1.3} (trend), {@code ZG:rem-1.1} (the baseline's limit).
 */
public final class ZgFigureTwoExperiment implements Experiment {

  /** The method names, in the order of the sweep. */
  static final String[] METHODS = {"hybrid", "model1", "w2-u2-flow", "min-l1"};

  private static final double SIGMA = 0.1;
  private static final int SPARSITY = 3;
  private static final double ALPHA_MODEL = 1e-10;
  private static final double ALPHA_BASELINE = 1e-15;
  private static final double LOSS_TARGET = 1e-4;
  private static final long MAX_STEPS = 2_000_000_000L;
  private static final int LASSO_SWEEPS = 100_000;
  private static final int EXACT_L1_MAX_DIMENSION = 100;
  private static final int SEEDS = 3;

  @Override
  public String name() {
    return "zg-fig2";
  }

  @Override
  public String description() {
    return "ZG Figure 2: test loss vs d (n = 3 sqrt d) for hybrid interpolation, model (1) by GD,"
        + " the w^2 - u^2 flow limit (substitute for its GD) and min-l1";
  }

  @Override
  public List<String> columns() {
    return List.of("d", "n", "seed", "method", "substitute", "converged", "steps", "trainLoss",
        "testLoss", "error", "corollaryConstant", "minL1Ratio", "seconds");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (int d : full ? dimensions() : new int[] {36, 64}) {
      for (int s = 0; s < (full ? SEEDS : 1); s++) {
        for (int m = 0; m < METHODS.length; m++) {
          if (m == 3 && d > (full ? EXACT_L1_MAX_DIMENSION : 36)) {
            continue;
          }
          points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, d, m},
              1000L * d + s));
        }
      }
    }
    return points;
  }

  private static int[] dimensions() {
    String text = System.getProperty("tacit.zg-fig2.dims", "100,1000,2500,10000");
    String[] parts = text.split(",");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Integer.parseInt(parts[i].trim());
    }
    return out;
  }

  /** {@code n = floor(3 sqrt d)}. */
  static int samples(int d) {
    return (int) Math.floor(3 * Math.sqrt(d));
  }

  /** The paper's lambda (inventory reading): {@code 100 d / (sigma n ln n (sqrt(ln d/n) + sqrt(n/d)))}. */
  static double lambda(int n, int d) {
    return 100.0 * d / (SIGMA * n * Math.log(n) * (Math.sqrt(Math.log(d) / n)
        + Math.sqrt((double) n / d)));
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    int d = (int) values[1];
    int method = (int) values[2];
    int n = samples(d);
    SeededDraws draws = new SeededDraws(point.seed());
    double[] x = new double[n * d];
    for (int k = 0; k < x.length; k++) {
      x[k] = draws.gaussian();
    }
    double[] betaStar = new double[d];
    for (int k = 0; k < SPARSITY; k++) {
      betaStar[k] = (k % 2 == 0 ? 1 : -1) / Math.sqrt(SPARSITY);
    }
    double[] y = new double[n];
    DenseKernels.times(x, n, d, betaStar, y);
    for (int i = 0; i < n; i++) {
      y[i] += SIGMA * draws.gaussian();
    }
    long start = System.nanoTime();
    double[] beta;
    boolean converged;
    long steps = 0;
    switch (method) {
      case 0 -> {
        beta = HybridInterpolation.bestOnGrid(x, n, d, y, SIGMA, betaStar, LASSO_SWEEPS).beta();
        converged = true;
      }
      case 1 -> {
        TrainingResult run = descend(new LearnerObjective(x, y, n, d, lambda(n, d)),
            LearnerObjective.initialParameters(d, ALPHA_MODEL), full ? 1e-6 : 1e-4);
        double[] theta = run.theta();
        double lam = lambda(n, d);
        beta = new double[d];
        for (int j = 0; j < d; j++) {
          beta[j] = theta[2 * d + j] + lam * (theta[j] - theta[d + j]) * (theta[j] + theta[d + j]);
        }
        converged = run.converged();
        steps = run.steps();
      }
      case 2 -> {
        MirrorFlowSolution flow = MirrorFlowLimit.solve(x, n, d, y,
            MirrorLink.squaredDifference(ALPHA_BASELINE));
        beta = flow.beta();
        converged = flow.converged();
        steps = flow.iterations();
      }
      default -> {
        MinimumL1Solution l1 = exactMinimumL1(x, n, d, y);
        beta = new double[d];
        BigRational[] exact = l1.primal().x();
        for (int j = 0; j < d; j++) {
          beta[j] = exact[j].doubleValue();
        }
        converged = true;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] residual = new double[n];
    DenseKernels.times(x, n, d, beta, residual);
    for (int i = 0; i < n; i++) {
      residual[i] -= y[i];
    }
    double trainLoss = Vectors.dot(residual, residual) / (2.0 * n);
    double errorSquared = 0;
    for (int j = 0; j < d; j++) {
      errorSquared += (beta[j] - betaStar[j]) * (beta[j] - betaStar[j]);
    }
    double error = Math.sqrt(errorSquared);
    double rate = SIGMA * Math.sqrt(SPARSITY * Math.pow(Math.log(d), 5) / n);
    double minL1Scale = SIGMA * SIGMA / Math.log((double) d / n);
    return List.of(Integer.toString(d), Integer.toString(n), Long.toString(point.seed()),
        METHODS[method], method == 2 ? "flow-limit-for-GD" : "none", String.valueOf(converged),
        Long.toString(steps), num(trainLoss), num(errorSquared), num(error), num(error / rate),
        num(errorSquared / minL1Scale), num(seconds));
  }

  /**
   * The one GD call of this reproduction: constant step {@code eta} on {@code objective} until
   * the loss {@code 1e-4}. A faster kernel of the same objective can replace
   * {@link LearnerObjective} here.
   */
  static TrainingResult descend(Objective objective, double[] initial, double eta) {
    return LearnerDescent.run(objective, initial, eta, LOSS_TARGET, MAX_STEPS);
  }

  private static MinimumL1Solution exactMinimumL1(double[] x, int n, int d, double[] y) {
    BigRational[][] rows = new BigRational[n][d];
    BigRational[] labels = new BigRational[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        rows[i][j] = BigRational.valueOf(x[i * d + j]);
      }
      labels[i] = BigRational.valueOf(y[i]);
    }
    return MinimumL1Interpolator.solve(RationalMatrix.of(rows), labels, LpPrecision.DOUBLE);
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    int dColumn = table.header().indexOf("d");
    int methodColumn = table.header().indexOf("method");
    int lossColumn = table.header().indexOf("testLoss");
    int constantColumn = table.header().indexOf("corollaryConstant");
    int ratioColumn = table.header().indexOf("minL1Ratio");
    int secondsColumn = table.header().indexOf("seconds");
    Map<String, TreeMap<Integer, List<double[]>>> byMethod = new LinkedHashMap<>();
    for (List<String> row : table.rows().values()) {
      byMethod.computeIfAbsent(row.get(methodColumn), k -> new TreeMap<>())
          .computeIfAbsent(Integer.parseInt(row.get(dColumn)), k -> new ArrayList<>())
          .add(new double[] {Double.parseDouble(row.get(lossColumn)),
              Double.parseDouble(row.get(constantColumn)), Double.parseDouble(row.get(ratioColumn)),
              Double.parseDouble(row.get(secondsColumn))});
    }
    Map<String, double[][]> series = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder("# zg-fig2 summary: mean and std over seeds of the"
        + " test loss ||beta - beta*||^2, the cor-3.2 constant ||beta - beta*|| / (sigma sqrt(s"
        + " ln^5 d / n)), the rem-1.3 ratio ||beta - beta*||^2 / (sigma^2 / ln(d/n)), mean"
        + " seconds per run; log-log slope of the mean test loss in d (least squares)\n"
        + "method,d,runs,meanTestLoss,stdTestLoss,meanConstant,meanMinL1Ratio,meanSeconds\n");
    for (Map.Entry<String, TreeMap<Integer, List<double[]>>> method : byMethod.entrySet()) {
      double[][] xy = new double[2][method.getValue().size()];
      double[][] low = new double[2][method.getValue().size()];
      double[][] high = new double[2][method.getValue().size()];
      int k = 0;
      for (Map.Entry<Integer, List<double[]>> point : method.getValue().entrySet()) {
        List<double[]> runs = point.getValue();
        double mean = mean(runs, 0);
        double std = std(runs, 0, mean);
        xy[0][k] = point.getKey();
        xy[1][k] = mean;
        low[0][k] = point.getKey();
        low[1][k] = Math.max(mean - std, mean * 1e-3);
        high[0][k] = point.getKey();
        high[1][k] = mean + std;
        summary.append(String.format(Locale.ROOT, "%s,%d,%d,%.6e,%.6e,%.6e,%.6e,%.3f%n",
            method.getKey(), point.getKey(), runs.size(), mean, std, mean(runs, 1),
            mean(runs, 2), mean(runs, 3)));
        k++;
      }
      summary.append(String.format(Locale.ROOT, "# slope %s: %.4f%n", method.getKey(),
          slope(xy)));
      series.put(method.getKey() + " (mean)", xy);
      series.put(method.getKey() + " (mean - std)", low);
      series.put(method.getKey() + " (mean + std)", high);
    }
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "ZG Figure 2: test loss vs d (n = 3 sqrt d); w2-u2: flow limit, not GD", "d",
        "||beta - beta*||^2", series));
    Path text = outDir.resolve(name() + "-summary.txt");
    try {
      Files.writeString(text, summary.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.add(text);
    return files;
  }

  private static double mean(List<double[]> runs, int column) {
    double s = 0;
    for (double[] r : runs) {
      s += r[column];
    }
    return s / runs.size();
  }

  private static double std(List<double[]> runs, int column, double mean) {
    if (runs.size() < 2) {
      return 0;
    }
    double s = 0;
    for (double[] r : runs) {
      s += (r[column] - mean) * (r[column] - mean);
    }
    return Math.sqrt(s / (runs.size() - 1));
  }

  /**
   * Least-squares slope of {@code log y} against {@code log x}: {@link LnhwCorollaryOneExperiment}'s
   * fit, NaN with fewer than 2 points.
   */
  static double slope(double[][] xy) {
    return xy[0].length < 2 ? Double.NaN : LnhwCorollaryOneExperiment.slope(xy);
  }
}
