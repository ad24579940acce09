package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tacit.stepsize.model.DepthDiagonalModel;
import org.tacit.stepsize.model.DiagonalNetworkObjective;
import org.tacit.stepsize.model.HessianBounds;
import org.tacit.stepsize.model.Initialization;
import org.tacit.stepsize.model.MinimalLambdaMax;
import org.tacit.stepsize.model.RegressionData;
import org.tacit.stepsize.model.SectionSevenData;
import org.tacit.stepsize.model.SquaredLoss;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * {@code nrss-fig2}: NRSS Figure 2, for each alpha and step size eta the quantities at the solution
 * GD converged to (depth 2, warm-up, Section 7 data as in {@link NrssFigureOneExperiment}):
 * lambda_max of the Hessian, the lower bound of Lemma 4.1 (the stability measure
 * {@code ||(u_+^2 + u_-^2) o 4 (Ehat x)^2||_1}), the upper bound {@code ||(u_+^2 + u_-^2) o 4 Ehat(x^2)||_1},
 * {@code ||beta o 4 (Ehat x)^2||_1}, min lambda_max over all solutions ({@link MinimalLambdaMax},
 * cutting planes to the relative gap {@link ExperimentTolerances#MIN_LAMBDA_MAX_GAP}) and 2/eta,
 * against eta.
 *
 * <p>Step sizes are fractions {@link #FRACTIONS} of {@code 2 / min lambda_max}, so the grid reaches
 * the edge of stability. Columns also carry {@code ||R||_2}, the norm of the Hessian's residual
 * term at the end point (zero at exact solutions), which bounds how far the Lemma 4.1 sandwich can
 * be off at a near-solution (Weyl). Non-converged runs are rows with their reason.
 *
 * <p>Spec: {@code NRSS:fig-2}.
 */
public final class NrssFigureTwoExperiment implements Experiment {

  /** Step sizes as fractions of 2 / min lambda_max. */
  static final double[] FRACTIONS = {0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95};

  private static final double[] ALPHAS_FULL = {0.01, 0.1, 0.5};

  @Override
  public String name() {
    return "nrss-fig2";
  }

  @Override
  public String description() {
    return "NRSS Figure 2: lambda_max, its Lemma 4.1 bounds, ||beta o 4(Ex)^2||_1, "
        + "min lambda_max and 2/eta against eta";
  }

  @Override
  public List<String> columns() {
    return List.of("alpha", "eta", "converged", "reason", "steps", "lambdaMax", "lowerBound",
        "upperBound", "betaWeightedL1", "minLambdaMax", "twoOverEta", "residualTermNorm");
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean tiny = scale == ExperimentScale.TINY;
    double[] alphas = tiny ? new double[] {0.1} : ALPHAS_FULL;
    double[] fractions = tiny ? new double[] {0.2, 0.6} : FRACTIONS;
    List<SweepPoint> points = new ArrayList<>();
    for (double alpha : alphas) {
      for (double fraction : fractions) {
        points.add(new SweepPoint(points.size(), new double[] {tiny ? 0 : 1, alpha, fraction},
            1));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] v = point.values();
    boolean full = v[0] == 1;
    SectionSevenData model = full ? SectionSevenData.defaults()
        : new SectionSevenData(20, 10, 3, 5.0, 5.0, 0.01);
    RegressionData data = model.sample(point.seed()).data();
    MinimalLambdaMax minimal = MinimalLambdaMax.solve(data,
        ExperimentTolerances.MIN_LAMBDA_MAX_GAP, ExperimentTolerances.MIN_LAMBDA_MAX_CUTS);
    double eta = v[2] * 2 / minimal.upper();
    double alpha = v[1];
    DepthDiagonalModel depthTwo = new DepthDiagonalModel(2);
    TrainingResult run = GradientDescent.run(new DiagonalNetworkObjective(data, depthTwo),
        Initialization.uniform(depthTwo, data.dimension(), alpha),
        new TrainingSettings(WarmupSchedule.linear(eta, NrssFigureOneExperiment.WARMUP),
            ExperimentTolerances.TRAINING_LOSS, full ? 400_000 : 100_000,
            NrssFigureOneExperiment.WARMUP));
    HessianBounds bounds = HessianBounds.at(new SquaredLoss(data, depthTwo), run.theta());
    double[] beta = depthTwo.beta(run.theta(), data.dimension());
    double[] mean = data.empiricalMean();
    double betaWeighted = 0;
    for (int i = 0; i < beta.length; i++) {
      betaWeighted += Math.abs(beta[i]) * 4 * mean[i] * mean[i];
    }
    return List.of(num(alpha), num(eta), String.valueOf(run.converged()),
        run.reason().replace(',', ';'), Long.toString(run.steps()), num(bounds.lambdaMax()),
        num(bounds.lowerBound()), num(bounds.upperBound()), num(betaWeighted),
        num(minimal.upper()), num(2 / eta), num(bounds.residualTermNorm()));
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    double[] alpha = table.column("alpha");
    double[] eta = table.column("eta");
    int converged = table.header().indexOf("converged");
    List<List<String>> rows = new ArrayList<>(table.rows().values());
    String[] columns = {"lambdaMax", "lowerBound", "upperBound", "betaWeightedL1", "minLambdaMax",
        "twoOverEta"};
    String[] labels = {"lambda_max", "lower bound (stability measure)", "upper bound",
        "||beta o 4 (E x)^2||_1", "min lambda_max", "2 / eta"};
    List<Path> files = new ArrayList<>();
    for (double a : new TreeSet<>(Arrays.stream(alpha).boxed().toList())) {
      Map<String, double[][]> series = new LinkedHashMap<>();
      for (int c = 0; c < columns.length; c++) {
        double[] values = table.column(columns[c]);
        List<double[]> xy = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
          if (alpha[r] == a && rows.get(r).get(converged).equals("true")) {
            xy.add(new double[] {eta[r], values[r]});
          }
        }
        xy.sort((p, q) -> Double.compare(p[0], q[0]));
        if (!xy.isEmpty()) {
          double[][] arrays = new double[2][xy.size()];
          for (int i = 0; i < xy.size(); i++) {
            arrays[0][i] = xy.get(i)[0];
            arrays[1][i] = xy.get(i)[1];
          }
          series.put(labels[c], arrays);
        }
      }
      if (series.isEmpty()) {
        continue;
      }
      String stem = files.isEmpty() ? name() : name() + "-alpha" + a;
      SectionSevenData model = table.scale() == ExperimentScale.TINY
          ? new SectionSevenData(20, 10, 3, 5.0, 5.0, 0.01) : SectionSevenData.defaults();
      files.addAll(Plots.logLog(outDir, stem, "NRSS Figure 2, alpha = " + a,
          "depth 2, d = " + model.dimension() + ", N = " + model.samples() + ", r* = "
              + model.sparsity() + ", mean " + model.mean() + ", variance " + model.variance()
              + ", noise variance " + model.noiseVariance() + ", data seed 1",
          "step size eta", "lambda_max, its bounds and 2 / eta", series));
    }
    return files;
  }
}
