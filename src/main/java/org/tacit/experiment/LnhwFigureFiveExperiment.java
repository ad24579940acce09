package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LossConvention;

/**
 * {@code lnhw-fig5}: LNHW Figure 5, the degenerate case of groups of size 1: Algorithm 1 on
 * n = 80, p = 200 with support entries of both signs, over {@link #REPETITIONS} seeded
 * repetitions: the median and the 25th-75th (paper) and 5th-95th (authors' code) percentiles of
 * {@code ||w(t) - w*||^2}, and the entries {@code w_i(t)} of one run (seed 42, the coordinate
 * panel).
 *
 * <p>Settings (the authors' code): alpha = 1e-6, {@code v(0) = 1} (so every negative entry starts
 * with the wrong sign), gamma = 0.05, sigma = 0.5, {@link #STEPS} updates, repetition r seeded
 * {@code 100 r}. Variants: the paper's support [1, -1, 1, -1, 1] in the paper's convention, and
 * the code's support [1, -1, -1, 1, 1] in the code's convention (MSELoss). Tiny scale: n = 30,
 * p = 60, 3 repetitions. Rows every 10 steps. Columns: variant, step, median, p5, p25, p75, p95
 * (of the error over repetitions), w1..w5 and maxOffW of the seed-42 run, and the number of
 * repetitions whose support signs are all recovered at their best step.
 *
 * <p>Spec: {@code LNHW:fig-5}, {@code LNHW:rem-4.6}.
 */
public final class LnhwFigureFiveExperiment
    extends LnhwFigureTrajectoryExperiment<LnhwFigureFiveExperiment.Summary> {

  /** Repetitions (the paper). */
  public static final int REPETITIONS = 30;

  /** Updates (the authors' 1000 epochs). */
  public static final long STEPS = 1000;

  /** The u-step. */
  public static final double GAMMA = 0.05;

  /** The initial scale. */
  public static final double ALPHA = 1e-6;

  /** The seed of the coordinate panel's run. */
  public static final long PANEL_SEED = 42;

  /** The two variants: support and convention. */
  enum Variant {
    /** The paper's support in the paper's convention. */
    PAPER(new double[] {1, -1, 1, -1, 1}, LossConvention.PAPER),
    /** The code's support in the code's convention. */
    CODE(new double[] {1, -1, -1, 1, 1}, LossConvention.CODE_MSE);

    private final double[] support;
    final LossConvention convention;

    Variant(double[] support, LossConvention convention) {
      this.support = support;
      this.convention = convention;
    }

    double[] support() {
      return support.clone();
    }
  }

  /**
   * The aggregated runs of one variant.
   *
   * @param errors {@code ||w(t) - w*||^2} per repetition ({@code [r][t]})
   * @param panel the seed-42 run's support entries {@code [t][i]} and max off-support |w|
   *     ({@code [t][5]})
   * @param signsRecovered repetitions whose support signs all match at their best step
   * @param signDirections whether every v_i(t), t >= 1, of every run is exactly +-1
   */
  record Summary(double[][] errors, double[][] panel, int signsRecovered,
      boolean signDirections) {}

  @Override
  public String name() {
    return "lnhw-fig5";
  }

  @Override
  public String description() {
    return "LNHW Figure 5: groups of size 1 (n = 80, p = 200), error percentiles over 30"
        + " repetitions and one run's entries";
  }

  @Override
  public List<String> columns() {
    return List.of("variant", "step", "median", "p5", "p25", "p75", "p95", "w1", "w2", "w3",
        "w4", "w5", "maxOffW", "signsRecovered", "repetitions");
  }

  /** The simulation of one repetition. */
  static AlgorithmSimulation simulation(boolean full, Variant variant, long seed) {
    int p = full ? 200 : 60;
    return AlgorithmSimulation.rademacher(full ? 80 : 30, GroupPartition.contiguous(p, 1),
        AlgorithmSimulation.leading(p, variant.support()), 0.5, seed);
  }

  /** Algorithm 1 on one repetition, every step recorded. */
  static AlgorithmRun run(AlgorithmSimulation simulation, Variant variant) {
    double[] v0 = new double[simulation.design().dimension()];
    Arrays.fill(v0, 1.0);
    return AlgorithmRun.of(simulation.design(),
        AlgorithmSettings.algorithmOne(GAMMA).withConvention(variant.convention),
        simulation.uniformU(ALPHA), v0, STEPS, AlgorithmRun.everyStep(STEPS));
  }

  /** All repetitions of {@code variant} and the panel run. */
  static Summary summary(boolean full, Variant variant) {
    return summary(full, variant, full ? REPETITIONS : 3);
  }

  /** The first {@code repetitions} repetitions of {@code variant} and the panel run. */
  static Summary summary(boolean full, Variant variant, int repetitions) {
    double[][] errors = new double[repetitions][];
    int recovered = 0;
    boolean signs = true;
    for (int r = 0; r < repetitions; r++) {
      AlgorithmSimulation simulation = simulation(full, variant, 100L * r);
      AlgorithmRun run = run(simulation, variant);
      double[] wStar = simulation.wStar();
      errors[r] = new double[run.checkpoints().size()];
      int best = 0;
      for (int k = 0; k < errors[r].length; k++) {
        errors[r][k] = run.error(k, wStar);
        if (errors[r][k] < errors[r][best]) {
          best = k;
        }
        if (k >= 1) {
          for (double vi : run.v(k)) {
            signs &= vi == 1.0 || vi == -1.0;
          }
        }
      }
      double[] w = run.w(best);
      boolean all = true;
      for (int i = 0; i < 5; i++) {
        all &= Math.signum(w[i]) == Math.signum(wStar[i]);
      }
      recovered += all ? 1 : 0;
    }
    AlgorithmSimulation panelSimulation = simulation(full, variant, PANEL_SEED);
    AlgorithmRun panelRun = run(panelSimulation, variant);
    double[][] panel = new double[panelRun.checkpoints().size()][6];
    for (int k = 0; k < panel.length; k++) {
      double[] w = panelRun.w(k);
      for (int i = 0; i < w.length; i++) {
        if (i < 5) {
          panel[k][i] = w[i];
        } else {
          panel[k][5] = Math.max(panel[k][5], Math.abs(w[i]));
        }
      }
    }
    return new Summary(errors, panel, recovered, signs);
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      for (long t : grid(STEPS, full ? 10 : 250)) {
        points.add(new SweepPoint(points.size(),
            new double[] {full ? 1 : 0, variant.ordinal(), t}, 0));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    Variant variant = Variant.values()[(int) values[1]];
    int k = (int) values[2];
    Summary summary = trace(full + "/" + variant, () -> summary(full, variant));
    double[] column = new double[summary.errors().length];
    for (int r = 0; r < column.length; r++) {
      column[r] = summary.errors()[r][k];
    }
    Arrays.sort(column);
    List<String> cells = new ArrayList<>(List.of(variant.name(), Long.toString(k),
        num(percentile(column, 50)), num(percentile(column, 5)), num(percentile(column, 25)),
        num(percentile(column, 75)), num(percentile(column, 95))));
    for (double entry : summary.panel()[k]) {
      cells.add(num(entry));
    }
    cells.add(Integer.toString(summary.signsRecovered()));
    cells.add(Integer.toString(column.length));
    return cells;
  }

  /** The {@code q}-th percentile of sorted values (linear between order statistics). */
  static double percentile(double[] sorted, double q) {
    double position = q / 100 * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> errors = new LinkedHashMap<>();
    Map<String, double[][]> entries = new LinkedHashMap<>();
    for (String variant : distinct(table, "variant")) {
      for (String column : List.of("median", "p25", "p75", "p5", "p95")) {
        errors.put(column + ", " + variant,
            series(table, "variant", variant, "step", column, true));
      }
      for (String column : List.of("w1", "w2", "w3", "w4", "w5", "maxOffW")) {
        entries.put(column + ", " + variant,
            series(table, "variant", variant, "step", column, false));
      }
    }
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "LNHW Fig. 5: groups of size 1, ||w(t) - w*||^2 over repetitions", "t",
        "||w(t) - w*||^2", nonEmpty(errors)));
    files.addAll(Plots.semiLogX(outDir, name() + "-entries",
        "LNHW Fig. 5: entries w_i(t) of one run (seed 42)", "t", "w_i(t)", nonEmpty(entries)));
    return files;
  }
}
