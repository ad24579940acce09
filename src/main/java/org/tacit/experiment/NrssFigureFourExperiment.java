package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkObjective;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.Initialization;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SectionSevenData;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * {@code nrss-fig4}: the anchors of NRSS Figure 4, the largest step size at which GD converges for
 * depths D = 3 and 4 (the paper reports 2 / min lambda_max = 0.0061 for D = 3 and 0.0034 for
 * D = 4 on its own draw). For D >= 3 min lambda_max over solutions is not a convex program (our
 * cutting-plane method covers D = 2 only), so the largest convergent step is found by bisection
 * in log eta: under the paper's Assumptions 5.3-5.4 it equals 2 / min lambda_max (rem-5.4).
 *
 * <p>Per point (depth, alpha): Section 7 data (full: the defaults d = 100, N = 50, seed 1; tiny:
 * d = 20, N = 10), initialisation alpha 1, warm-up 1000 steps, loss tolerance
 * {@link ExperimentTolerances#TRAINING_LOSS}, budget
 * {@link #BUDGET_FULL} steps. The bracket starts at [{@link #LOW}, {@link #HIGH}] and is checked
 * (the low end must converge, the high end must not); then {@link #BISECTIONS} halvings of
 * log eta. A run counts as convergent only if it reaches the tolerance; a run that exhausts the
 * budget counts as not convergent, so the bisection can underestimate when convergence is merely
 * slow (the reason of the smallest failing run is a column). Columns: the bracket, lambda_max at
 * the solution reached with the largest convergent step and 2 / lambda_max there (at least that
 * step by Lemma 2.3).
 *
 * <p>Spec: {@code NRSS:fig-4}, {@code NRSS:rem-5.4}.
 */
public final class NrssFigureFourExperiment implements Experiment {

  /** Initial bracket ends. */
  public static final double LOW = 1e-4;

  /** Initial bracket ends. */
  public static final double HIGH = 0.05;

  /** Halvings of log eta (bracket ratio (HIGH/LOW)^(2^-BISECTIONS)). */
  public static final int BISECTIONS = 12;

  /** Step budget at full scale. */
  public static final long BUDGET_FULL = 400_000;

  @Override
  public String name() {
    return "nrss-fig4";
  }

  @Override
  public String description() {
    return "NRSS Figure 4 anchors: largest convergent step for depths 3 and 4 (bisection)";
  }

  @Override
  public List<String> columns() {
    return List.of("depth", "alpha", "largestConvergentEta", "smallestFailingEta",
        "failingReason", "lambdaMaxAtLargest", "twoOverLambdaMax", "runs");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean tiny = scale == ExperimentScale.TINY;
    List<SweepPoint> points = new ArrayList<>();
    for (int depth : tiny ? new int[] {3} : new int[] {3, 4}) {
      for (double alpha : tiny ? new double[] {0.5} : new double[] {0.1, 0.5}) {
        points.add(new SweepPoint(points.size(), new double[] {tiny ? 0 : 1, depth, alpha}, 1));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] v = point.values();
    boolean full = v[0] == 1;
    int depth = (int) v[1];
    double alpha = v[2];
    SectionSevenData model = full ? SectionSevenData.defaults()
        : new SectionSevenData(20, 10, 3, 5.0, 5.0, 0.01);
    RegressionData data = model.sample(point.seed()).data();
    DepthDiagonalModel network = new DepthDiagonalModel(depth);
    long budget = full ? BUDGET_FULL : 100_000;
    int bisections = full ? BISECTIONS : 6;
    TrainingResult low = train(data, network, alpha, LOW, budget);
    TrainingResult high = train(data, network, alpha, HIGH, budget);
    int runs = 2;
    if (!low.converged() || high.converged()) {
      return List.of(Integer.toString(depth), num(alpha), "NaN", "NaN",
          "bracket not valid: low " + low.reason() + "; high " + high.reason(), "NaN", "NaN",
          Integer.toString(runs));
    }
    double lo = LOW;
    double hi = HIGH;
    TrainingResult best = low;
    String failing = high.reason();
    for (int k = 0; k < bisections; k++) {
      double mid = Math.sqrt(lo * hi);
      TrainingResult run = train(data, network, alpha, mid, budget);
      runs++;
      if (run.converged()) {
        lo = mid;
        best = run;
      } else {
        hi = mid;
        failing = run.reason();
      }
    }
    double lambda = HessianBounds.at(new SquaredLoss(data, network), best.theta()).lambdaMax();
    return List.of(Integer.toString(depth), num(alpha), num(lo), num(hi),
        failing.replace(',', ';'), num(lambda), num(2 / lambda), Integer.toString(runs));
  }

  private static TrainingResult train(RegressionData data, DepthDiagonalModel network,
      double alpha, double eta, long budget) {
    return GradientDescent.run(new DiagonalNetworkObjective(data, network),
        Initialization.uniform(network, data.dimension(), alpha),
        new TrainingSettings(WarmupSchedule.linear(eta, NrssFigureOneExperiment.WARMUP),
            ExperimentTolerances.TRAINING_LOSS, budget, NrssFigureOneExperiment.WARMUP));
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] depth = table.column("depth");
    double[] alpha = table.column("alpha");
    double[] eta = table.column("largestConvergentEta");
    double[] twoOverLambda = table.column("twoOverLambdaMax");
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (String kind : new String[] {"largest convergent eta", "2 / lambda_max at that solution"}) {
      for (double a : Arrays.stream(alpha).distinct().sorted().toArray()) {
        List<double[]> xy = new ArrayList<>();
        for (int r = 0; r < depth.length; r++) {
          double value = kind.startsWith("largest") ? eta[r] : twoOverLambda[r];
          if (alpha[r] == a && Double.isFinite(value)) {
            xy.add(new double[] {depth[r], value});
          }
        }
        if (!xy.isEmpty()) {
          double[][] arrays = new double[2][xy.size()];
          for (int i = 0; i < xy.size(); i++) {
            arrays[0][i] = xy.get(i)[0];
            arrays[1][i] = xy.get(i)[1];
          }
          series.put(kind + ", alpha = " + a, arrays);
        }
      }
    }
    if (series.isEmpty()) {
      series.put("no valid bracket", new double[][] {{1}, {1}});
    }
    return Plots.logLog(outDir, name(), "NRSS Figure 4 anchors: largest convergent step vs depth",
        "depth D", "step size", series);
  }
}
