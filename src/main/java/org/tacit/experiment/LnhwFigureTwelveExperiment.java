package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.GroupLasso;
import org.tacit.group.model.GroupLassoSolution;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedDesign;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.LossConvention;
import org.tacit.group.model.PrimalDualIterativeRegularization;
import org.tacit.group.model.PrimalDualPath;
import org.tacit.group.model.SwitchRule;
import org.tacit.group.model.UpdateOrder;

/**
 * {@code lnhw-fig12}: LNHW Figure 12 (Appendix E.3), Algorithm 2 (DGLNN) against the group lasso
 * (proximal gradient, penalty chosen on validation data) and the primal-dual iterative
 * regularisation of Molinari et al. (2021) (iteration chosen on validation data), on Gaussian
 * designs over a range of noise levels.
 *
 * <p>Settings (the authors' Comparisons.ipynb): X with i.i.d. N(0, 1) entries, n = 150, p = 300,
 * groups of 4 contiguous entries, {@code w*} = 10 on the first 12 entries (3 groups; the paper's
 * "10 entries in 3 groups of 4" is inconsistent), noise std {@code sigma_j = exp(3 j / 9)},
 * j = 0..9, {@link #REPETITIONS} repetitions seeded {@code 100 r} (the same X and standard noise
 * draw at every level of a repetition, as in the notebook), a validation set of n/3 samples from
 * the same model (seed {@code 100 r + 1}). Methods: the group lasso
 * {@code ||y - Xw||^2/(2n) + lambda sum ||w_l||} at {@code lambda in 0.1 exp(linspace(0.01, 3,
 * 10))} (warm-started from the largest, each certified to relative gap
 * {@link LnhwTolerances#GROUP_LASSO_RELATIVE_GAP}), the one of least validation MSE; the
 * primal-dual iteration ({@link PrimalDualIterativeRegularization}, rho = 0.99, 100 iterations),
 * the iterate of least validation error; Algorithm 2 in the code's convention (MSELoss, Jacobi
 * order) with gamma = eta = 1e-3, switch at epoch {@link #SWITCH}, {@link #EPOCHS} epochs,
 * {@code u(0) = 1e-6}, {@code v_l(0) = 1/2}, the epoch (1..600) of least validation error.
 *
 * <p>One sweep point per (level, repetition). Columns: level, repetition, sigma, snr
 * ({@code ||X w*|| / ||xi||}), per method the chosen parameter and {@code log2 ||w - w*||^2}, and
 * the largest relative duality gap over the group-lasso grid. Tiny scale: n = 30, p = 60, levels
 * 0 and 9, one repetition.
 *
 * <p>Spec: {@code LNHW:fig-12}.
 */
public final class LnhwFigureTwelveExperiment implements Experiment {

  /** Repetitions per level (the paper). */
  public static final int REPETITIONS = 30;

  /** Noise levels. */
  public static final int LEVELS = 10;

  /** Algorithm 2's epochs (the notebook). */
  public static final long EPOCHS = 600;

  /** Algorithm 2's switching epoch, hard-coded in the notebook. */
  public static final long SWITCH = 200;

  /** Algorithm 2's learning rate (u-step gamma and constant v-step eta). */
  public static final double LEARNING_RATE = 1e-3;

  /** Algorithm 2's initial scale. */
  public static final double INIT = 1e-6;

  /** Primal-dual iterations (the notebook). */
  public static final int PRIMAL_DUAL_ITERATIONS = 100;

  /** The FISTA iteration budget per penalty (the certificate says whether it sufficed). */
  public static final int GROUP_LASSO_BUDGET = 100_000;

  /** The value of every support entry. */
  public static final double SUPPORT_VALUE = 10;

  /** The support size (3 groups of 4). */
  public static final int SUPPORT = 12;

  /**
   * One point's outcome.
   *
   * @param sigma the noise std
   * @param snr {@code ||X w*|| / ||xi||}
   * @param lambda the group lasso's chosen penalty
   * @param groupLasso its {@code log2 ||w - w*||^2}
   * @param worstGap the largest relative duality gap over the penalty grid
   * @param iteration the primal-dual's chosen iteration
   * @param primalDual its {@code log2 ||w - w*||^2}
   * @param epoch Algorithm 2's chosen epoch
   * @param dglnn its {@code log2 ||w - w*||^2}
   */
  record Outcome(double sigma, double snr, double lambda, double groupLasso, double worstGap,
      int iteration, double primalDual, long epoch, double dglnn) {}

  @Override
  public String name() {
    return "lnhw-fig12";
  }

  @Override
  public String description() {
    return "LNHW Figure 12: Algorithm 2 vs group lasso (proximal gradient) and primal-dual"
        + " iterative regularisation, log2 error vs SNR (n = 150, p = 300, 30 repetitions)";
  }

  @Override
  public List<String> columns() {
    return List.of("level", "repetition", "sigma", "snr", "glLambda", "glLog2Error",
        "glWorstRelativeGap", "pdIteration", "pdLog2Error", "dglnnEpoch", "dglnnLog2Error");
  }

  /** The noise std of level {@code j}: {@code exp(linspace(0, 3, 10))_j}. */
  static double sigma(int level) {
    return Math.exp(3.0 * level / (LEVELS - 1));
  }

  /** The penalty grid {@code 0.1 exp(linspace(0.01, 3, 10))}. */
  static double[] penalties() {
    double[] grid = new double[10];
    for (int k = 0; k < grid.length; k++) {
      grid[k] = 0.1 * Math.exp(0.01 + (3 - 0.01) * k / 9);
    }
    return grid;
  }

  /** Training and validation data of one (level, repetition); p = 2n. */
  static AlgorithmSimulation[] data(int n, int level, int repetition) {
    int p = 2 * n;
    GroupPartition groups = GroupPartition.contiguous(p / 4, 4);
    double[] support = new double[SUPPORT];
    Arrays.fill(support, SUPPORT_VALUE);
    double[] wStar = AlgorithmSimulation.leading(p, support);
    long seed = 100L * repetition;
    return new AlgorithmSimulation[] {
        AlgorithmSimulation.gaussian(n, groups, wStar, sigma(level), seed),
        AlgorithmSimulation.gaussian(n / 3, groups, wStar, sigma(level), seed + 1)};
  }

  /** The three methods on one (level, repetition) at sample size n (p = 2n). */
  static Outcome outcome(int n, int level, int repetition) {
    AlgorithmSimulation[] data = data(n, level, repetition);
    AlgorithmSimulation train = data[0];
    GroupedDesign validation = data[1].design();
    GroupedDesign design = train.design();
    double[] wStar = train.wStar();
    double snr = norm(design.times(wStar)) / norm(train.noise());

    double lipschitz = GroupLasso.lipschitz(design);
    double[] penalties = penalties();
    double[] start = new double[design.dimension()];
    double bestValidation = Double.POSITIVE_INFINITY;
    double lambda = Double.NaN;
    double groupLasso = Double.NaN;
    double worstGap = 0;
    for (int k = penalties.length - 1; k >= 0; k--) {
      GroupLassoSolution solution = GroupLasso.solve(design, penalties[k], lipschitz, start,
          LnhwTolerances.GROUP_LASSO_RELATIVE_GAP, GROUP_LASSO_BUDGET);
      worstGap = Math.max(worstGap, solution.relativeGap());
      start = solution.w();
      double error = validationError(validation, start);
      if (error < bestValidation) {
        bestValidation = error;
        lambda = penalties[k];
        groupLasso = log2Error(start, wStar);
      }
    }

    double operatorNorm = PrimalDualIterativeRegularization.operatorNorm(design);
    PrimalDualPath path = PrimalDualIterativeRegularization.run(design, PRIMAL_DUAL_ITERATIONS,
        PrimalDualIterativeRegularization.dataDrivenStepRatio(design, operatorNorm),
        PrimalDualIterativeRegularization.RHO, operatorNorm);
    int iteration = 1;
    bestValidation = Double.POSITIVE_INFINITY;
    for (int k = 1; k <= path.length(); k++) {
      double error = validationError(validation, path.iterate(k));
      if (error < bestValidation) {
        bestValidation = error;
        iteration = k;
      }
    }
    double primalDual = log2Error(path.iterate(iteration), wStar);

    AlgorithmSettings settings = new AlgorithmSettings(LEARNING_RATE, LossConvention.CODE_MSE,
        UpdateOrder.JACOBI, SwitchRule.fixedStep(SWITCH), LEARNING_RATE);
    AlgorithmRun run = AlgorithmRun.of(design, settings, train.uniformU(INIT),
        train.uniformDirections(), EPOCHS, AlgorithmRun.everyStep(EPOCHS));
    int best = 1;
    bestValidation = Double.POSITIVE_INFINITY;
    for (int k = 1; k < run.checkpoints().size(); k++) {
      double error = validationError(validation, run.w(k));
      if (error < bestValidation) {
        bestValidation = error;
        best = k;
      }
    }
    return new Outcome(sigma(level), snr, lambda, groupLasso, worstGap, iteration, primalDual,
        run.checkpoints().get(best).step(), log2Error(run.w(best), wStar));
  }

  private static double validationError(GroupedDesign validation, double[] w) {
    double[] r = validation.residual(w);
    return norm(r) * norm(r) / r.length;
  }

  private static double log2Error(double[] w, double[] wStar) {
    return Math.log(AlgorithmRun.squaredDistance(w, wStar)) / Math.log(2);
  }

  private static double norm(double[] v) {
    double sum = 0;
    for (double entry : v) {
      sum += entry * entry;
    }
    return Math.sqrt(sum);
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    int[] levels = full ? new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9} : new int[] {0, LEVELS - 1};
    int repetitions = full ? REPETITIONS : 1;
    for (int level : levels) {
      for (int r = 0; r < repetitions; r++) {
        points.add(new SweepPoint(points.size(), new double[] {full ? 150 : 30, level, r},
            100L * r));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    int level = (int) values[1];
    int repetition = (int) values[2];
    Outcome outcome = outcome((int) values[0], level, repetition);
    return List.of(Integer.toString(level), Integer.toString(repetition), num(outcome.sigma()),
        num(outcome.snr()), num(outcome.lambda()), num(outcome.groupLasso()),
        num(outcome.worstGap()), Integer.toString(outcome.iteration()),
        num(outcome.primalDual()), Long.toString(outcome.epoch()), num(outcome.dglnn()));
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  /**
   * Per level (ascending): the mean SNR and, per method column, the mean and the (population)
   * standard deviation over repetitions, as the notebook's {@code np.mean}/{@code np.std}.
   *
   * @return {@code [level][0] = mean snr}, then {@code (mean, sd)} per column in order
   */
  static double[][] summarise(ResultTable table, List<String> errorColumns) {
    double[] levels = table.column("level");
    double[] snr = table.column("snr");
    List<double[]> errors = new ArrayList<>();
    for (String column : errorColumns) {
      errors.add(table.column(column));
    }
    TreeSet<Integer> distinct = new TreeSet<>();
    for (double level : levels) {
      distinct.add((int) level);
    }
    double[][] out = new double[distinct.size()][1 + 2 * errorColumns.size()];
    int row = 0;
    for (int level : distinct) {
      int count = 0;
      for (int k = 0; k < levels.length; k++) {
        if ((int) levels[k] == level) {
          count++;
          out[row][0] += snr[k];
          for (int c = 0; c < errors.size(); c++) {
            out[row][1 + 2 * c] += errors.get(c)[k];
          }
        }
      }
      out[row][0] /= count;
      for (int c = 0; c < errors.size(); c++) {
        out[row][1 + 2 * c] /= count;
      }
      for (int k = 0; k < levels.length; k++) {
        if ((int) levels[k] == level) {
          for (int c = 0; c < errors.size(); c++) {
            double deviation = errors.get(c)[k] - out[row][1 + 2 * c];
            out[row][2 + 2 * c] += deviation * deviation / count;
          }
        }
      }
      for (int c = 0; c < errors.size(); c++) {
        out[row][2 + 2 * c] = Math.sqrt(out[row][2 + 2 * c]);
      }
      row++;
    }
    return out;
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    List<String> columns = List.of("glLog2Error", "pdLog2Error", "dglnnLog2Error");
    List<String> labels = List.of("PGD (group lasso)", "primal-dual", "DGLNN (Alg. 2)");
    double[][] summary = summarise(table, columns);
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      double[][] mean = new double[2][summary.length];
      double[][] low = new double[2][summary.length];
      double[][] high = new double[2][summary.length];
      for (int k = 0; k < summary.length; k++) {
        double x = summary[k][0];
        mean[0][k] = x;
        low[0][k] = x;
        high[0][k] = x;
        mean[1][k] = summary[k][1 + 2 * c];
        low[1][k] = summary[k][1 + 2 * c] - summary[k][2 + 2 * c];
        high[1][k] = summary[k][1 + 2 * c] + summary[k][2 + 2 * c];
      }
      series.put(labels.get(c) + " mean", mean);
      series.put(labels.get(c) + " mean - sd", low);
      series.put(labels.get(c) + " mean + sd", high);
    }
    return Plots.semiLogX(outDir, name(),
        "LNHW Fig. 12: validation-selected estimates, mean +- sd over repetitions", "SNR",
        "log2 ||w - w*||^2", series);
  }
}
