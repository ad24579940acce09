package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LossConvention;

/**
 * {@code lnhw-fig2}: LNHW Figure 2, convergence of Algorithm 1 with all support entries 10:
 * the recovery error {@code ||w(t) - w*||^2} and the group magnitudes {@code u_l(t)} (support)
 * and {@code max_{l not in S} u_l(t)} against t, in the paper's loss convention
 * ({@code 1/(2n)}) and in the authors' code's ({@code MSELoss}, {@code 1/n}).
 *
 * <p>Full scale (the paper and the authors' code): n = 150, p = 300, L = 100 groups of 3, the
 * first 3 groups on the support with entries 10, X Rademacher, noise N(0, 0.5^2), alpha = 1e-6,
 * gamma = 1e-3, {@code v_l(0) = 1_3 / sqrt(3)}, Gauss-Seidel order, {@link #STEPS} updates,
 * seed {@link #SEED} ({@link AlgorithmSimulation}; the authors' numpy draws cannot be matched),
 * rows every {@link #EVERY} steps. Tiny scale: n = 40, p = 60 (20 groups of 3), same steps, rows
 * every 250. Columns: convention, step, error, loss, u of the three support groups, max off-support
 * u and |w|, and the run's stopping reason.
 *
 * <p>Spec: {@code LNHW:fig-2}.
 */
public final class LnhwFigureTwoExperiment
    extends LnhwFigureTrajectoryExperiment<LnhwFigureTrajectoryExperiment.Trace> {

  /** The seed of the simulation. */
  public static final long SEED = 6;

  /** Updates (the authors' 2000 epochs). */
  public static final long STEPS = 2000;

  /** Row spacing at full scale. */
  public static final long EVERY = 5;

  /** The initial scale alpha. */
  public static final double ALPHA = 1e-6;

  /** The u-step gamma. */
  public static final double GAMMA = 1e-3;

  /** The noise level sigma. */
  public static final double SIGMA = 0.5;

  static final LossConvention[] CONVENTIONS = {LossConvention.PAPER, LossConvention.CODE_MSE};

  @Override
  public String name() {
    return "lnhw-fig2";
  }

  @Override
  public String description() {
    return "LNHW Figure 2: Algorithm 1, recovery error and group magnitudes vs t (paper and code"
        + " loss conventions)";
  }

  @Override
  public List<String> columns() {
    return List.of("convention", "step", "error", "loss", "u1", "u2", "u3", "maxOffU",
        "maxOffW", "reason");
  }

  /** The simulation at full ({@code true}) or tiny scale. */
  static AlgorithmSimulation simulation(boolean full) {
    int groupCount = full ? 100 : 20;
    GroupPartition groups = GroupPartition.contiguous(groupCount, 3);
    double[] wStar = AlgorithmSimulation.leading(3 * groupCount, 10, 10, 10, 10, 10, 10, 10, 10,
        10);
    return AlgorithmSimulation.rademacher(full ? 150 : 40, groups, wStar, SIGMA, SEED);
  }

  /** Algorithm 1 on {@link #simulation} in the given convention, every step recorded. */
  static Trace algorithmOne(boolean full, LossConvention convention) {
    AlgorithmSimulation simulation = simulation(full);
    AlgorithmRun run = AlgorithmRun.of(simulation.design(),
        AlgorithmSettings.algorithmOne(GAMMA).withConvention(convention),
        simulation.uniformU(ALPHA), simulation.uniformDirections(), STEPS,
        AlgorithmRun.everyStep(STEPS));
    return summarise(run, simulation, 3);
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (int c = 0; c < CONVENTIONS.length; c++) {
      for (long t : grid(STEPS, full ? EVERY : 250)) {
        points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, c, t}, SEED));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    LossConvention convention = CONVENTIONS[(int) values[1]];
    int k = (int) values[2];
    Trace trace = trace(full + "/" + convention, () -> algorithmOne(full, convention));
    double[] u = trace.supportU()[k];
    return List.of(convention.name(), Long.toString(trace.steps()[k]), num(trace.error()[k]),
        num(trace.loss()[k]), num(u[0]), num(u[1]), num(u[2]), num(trace.maxOffU()[k]),
        num(trace.maxOffW()[k]), trace.reason().replace(',', ';'));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> errors = new LinkedHashMap<>();
    Map<String, double[][]> magnitudes = new LinkedHashMap<>();
    for (String convention : distinct(table, "convention")) {
      errors.put("||w(t) - w*||^2, " + convention,
          series(table, "convention", convention, "step", "error", true));
      for (String column : List.of("u1", "u2", "u3", "maxOffU")) {
        magnitudes.put(column + ", " + convention,
            series(table, "convention", convention, "step", column, false));
      }
    }
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "LNHW Fig. 2: Algorithm 1 recovery error", "t", "||w(t) - w*||^2", nonEmpty(errors)));
    files.addAll(Plots.semiLogX(outDir, name() + "-magnitudes",
        "LNHW Fig. 2: group magnitudes u_l(t)", "t", "u_l(t)", nonEmpty(magnitudes)));
    return files;
  }
}
