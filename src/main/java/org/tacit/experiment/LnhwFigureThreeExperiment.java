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
import org.tacit.group.model.SwitchRule;
import org.tacit.group.model.UpdateOrder;

/**
 * {@code lnhw-fig3}: LNHW Figure 3, convergence of Algorithm 2 with support entries 5, 6, ..., 13
 * (groups (5, 6, 7), (8, 9, 10), (11, 12, 13)) and the incremental learning of the groups: the
 * recovered entries, the group magnitudes {@code u_l(t)}, the directions {@code <v_l(t), v_l*>},
 * and, per run, the switching step and the first step at which {@code u_l(t)^2 >= (u_l*)^2 / 2}
 * for each group (Theorem 4's criterion, group by group).
 *
 * <p>Full scale: the data of Figure 2 ({@link LnhwFigureTwoExperiment}: n = 150, p = 300, groups
 * of 3, Rademacher X, sigma = 0.5, seed 6) with the new support; alpha = 1e-6, gamma = 1e-3,
 * constant eta = 1e-3 after the switch, {@link #STEPS} updates (the authors' 1000 epochs), runs:
 * the paper's convention with the practical rule (tau = 0.1, varepsilon = 1e-12, the code's
 * values) and with Theorem 4's rule; the code's convention with the code's practical rule (the
 * previous u initialised to 1) and Jacobi order. Rows every 5 steps (tiny: n = 40, p = 60, every
 * 250). Columns: run, step, error, u1..u3, cos1..cos3, w1..w9, switchStep, reach1..reach3
 * (-1: not reached), reason.
 *
 * <p>{@link #figureEleven()} runs the same on a Gaussian design (Figure 11).
 *
 * <p>Spec: {@code LNHW:fig-3}, {@code LNHW:rem-D.3.1}, {@code LNHW:fig-11}.
 */
public final class LnhwFigureThreeExperiment
    extends LnhwFigureTrajectoryExperiment<LnhwFigureTrajectoryExperiment.Trace> {

  /** Updates. */
  public static final long STEPS = 1000;

  /** The practical rule's tolerance tau (the authors' code). */
  public static final double TAU = 0.1;

  /** The practical rule's varepsilon (the authors' code). */
  public static final double EPSILON = 1e-12;

  /** The constant v-step after the switch. */
  public static final double ETA = 1e-3;

  private final String name;
  private final boolean gaussian;

  /** Figure 3: the Rademacher design of Figure 2 (seed 6). */
  public LnhwFigureThreeExperiment() {
    this("lnhw-fig3", false);
  }

  private LnhwFigureThreeExperiment(String name, boolean gaussian) {
    this.name = name;
    this.gaussian = gaussian;
  }

  /**
   * {@code lnhw-fig11}: Figure 11 (Appendix E.3), the same runs on a Gaussian design (X entries
   * N(0, 1), seed {@link #GAUSSIAN_SEED} as in the authors' gaussian_design.ipynb).
   */
  public static LnhwFigureThreeExperiment figureEleven() {
    return new LnhwFigureThreeExperiment("lnhw-fig11", true);
  }

  /** The seed of the Gaussian design of Figure 11 (the authors' code). */
  public static final long GAUSSIAN_SEED = 42;

  /** The runs: name, convention, rule kind, order. */
  enum Variant {
    /** The paper: 1/(2n), the practical rule, Gauss-Seidel. */
    PAPER_PRACTICAL(LossConvention.PAPER, SwitchRule.Kind.PRACTICAL, UpdateOrder.GAUSS_SEIDEL),
    /** The paper with Theorem 4's rule. */
    PAPER_THEORY(LossConvention.PAPER, SwitchRule.Kind.THEORY, UpdateOrder.GAUSS_SEIDEL),
    /** The authors' code: MSELoss, prev_u = 1, Jacobi. */
    CODE_PRACTICAL(LossConvention.CODE_MSE, SwitchRule.Kind.PRACTICAL_FROM_ONE,
        UpdateOrder.JACOBI);

    final LossConvention convention;
    final SwitchRule.Kind rule;
    final UpdateOrder order;

    Variant(LossConvention convention, SwitchRule.Kind rule, UpdateOrder order) {
      this.convention = convention;
      this.rule = rule;
      this.order = order;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return gaussian ? "LNHW Figure 11: Figure 3's Algorithm 2 runs on a Gaussian design"
        : "LNHW Figure 3: Algorithm 2 with support 5..13, entries, magnitudes, directions and"
        + " incremental learning";
  }

  @Override
  public List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("run", "step", "error", "u1", "u2", "u3",
        "cos1", "cos2", "cos3"));
    for (int i = 1; i <= 9; i++) {
      columns.add("w" + i);
    }
    columns.addAll(List.of("switchStep", "reach1", "reach2", "reach3", "reason"));
    return columns;
  }

  /** The simulation: Figure 2's design and noise with support 5..13. */
  static AlgorithmSimulation simulation(boolean full) {
    return simulation(full, false);
  }

  /** The Rademacher (Figure 3) or Gaussian (Figure 11) simulation with support 5..13. */
  static AlgorithmSimulation simulation(boolean full, boolean gaussian) {
    int groupCount = full ? 100 : 20;
    GroupPartition groups = GroupPartition.contiguous(groupCount, 3);
    double[] wStar = AlgorithmSimulation.leading(3 * groupCount, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    return gaussian
        ? AlgorithmSimulation.gaussian(full ? 150 : 40, groups, wStar,
            LnhwFigureTwoExperiment.SIGMA, GAUSSIAN_SEED)
        : AlgorithmSimulation.rademacher(full ? 150 : 40, groups, wStar,
            LnhwFigureTwoExperiment.SIGMA, LnhwFigureTwoExperiment.SEED);
  }

  /** The run of {@code variant} on the Rademacher design, every step recorded. */
  static Trace algorithmTwo(boolean full, Variant variant) {
    return algorithmTwo(full, variant, false);
  }

  /** The run of {@code variant}, every step recorded. */
  static Trace algorithmTwo(boolean full, Variant variant, boolean gaussian) {
    AlgorithmSimulation simulation = simulation(full, gaussian);
    SwitchRule rule = switch (variant.rule) {
      case THEORY -> SwitchRule.theory(simulation.targetMagnitudes());
      case PRACTICAL_FROM_ONE -> SwitchRule.practicalFromOne(TAU, EPSILON);
      default -> SwitchRule.practical(TAU, EPSILON);
    };
    AlgorithmSettings settings = new AlgorithmSettings(LnhwFigureTwoExperiment.GAMMA,
        variant.convention, variant.order, rule, ETA);
    AlgorithmRun run = AlgorithmRun.of(simulation.design(), settings,
        simulation.uniformU(LnhwFigureTwoExperiment.ALPHA), simulation.uniformDirections(), STEPS,
        AlgorithmRun.everyStep(STEPS));
    return summarise(run, simulation, 3);
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      for (long t : grid(STEPS, full ? 5 : 250)) {
        points.add(new SweepPoint(points.size(),
            new double[] {full ? 1 : 0, variant.ordinal(), t},
            gaussian ? GAUSSIAN_SEED : LnhwFigureTwoExperiment.SEED));
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
    Trace trace = trace(full + "/" + variant, () -> algorithmTwo(full, variant, gaussian));
    double[] target = simulation(full, gaussian).targetMagnitudes();
    List<String> cells = new ArrayList<>(List.of(variant.name(),
        Long.toString(trace.steps()[k]), num(trace.error()[k])));
    for (double u : trace.supportU()[k]) {
      cells.add(num(u));
    }
    for (double cosine : trace.cosine()[k]) {
      cells.add(num(cosine));
    }
    for (double w : trace.supportW()[k]) {
      cells.add(num(w));
    }
    cells.add(Long.toString(trace.switchStep()));
    for (int l = 0; l < 3; l++) {
      cells.add(Long.toString(reachTime(trace, l, target[l])));
    }
    cells.add(trace.reason().replace(',', ';'));
    return cells;
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> entries = new LinkedHashMap<>();
    Map<String, double[][]> magnitudes = new LinkedHashMap<>();
    for (String run : distinct(table, "run")) {
      if (run.equals(Variant.PAPER_PRACTICAL.name())) {
        for (int i = 1; i <= 9; i++) {
          entries.put("w" + i + ", " + run, series(table, "run", run, "step", "w" + i, false));
        }
      }
      for (int l = 1; l <= 3; l++) {
        magnitudes.put("u" + l + ", " + run, series(table, "run", run, "step", "u" + l, false));
        magnitudes.put("cos" + l + ", " + run,
            series(table, "run", run, "step", "cos" + l, false));
      }
    }
    String figure = gaussian ? "LNHW Fig. 11" : "LNHW Fig. 3";
    List<Path> files = new ArrayList<>(Plots.semiLogX(outDir, name(),
        figure + ": Algorithm 2 recovered entries (paper convention, practical rule)", "t",
        "w_i(t)", nonEmpty(entries)));
    files.addAll(Plots.semiLogX(outDir, name() + "-groups",
        figure + ": group magnitudes u_l(t) and directions <v_l(t), v_l*>", "t",
        "u_l(t), <v_l, v_l*>", nonEmpty(magnitudes)));
    return files;
  }
}
