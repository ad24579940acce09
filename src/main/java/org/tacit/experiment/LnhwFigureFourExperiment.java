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
import org.tacit.group.model.BaselineObjective;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.LossConvention;
import org.tacit.group.model.SwitchRule;
import org.tacit.group.model.UpdateOrder;
import org.tacit.training.Checkpoint;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * {@code lnhw-fig4}: LNHW Figure 4, group-structured against unstructured implicit
 * regularisation at a fixed budget: Algorithm 2 with groups of size 4 against plain GD on
 * Vaskevicius et al.'s {@code w = u^2 - v^2} (the paper's text) and on the authors' code's
 * {@code w = v^2}.
 *
 * <p>Full scale (paper and code): n = 100, p = 500, L = 125 groups of 4, the first 4 groups on
 * the support with all 16 entries 1, Rademacher X, sigma = 0.5, seed {@link #SEED}; every method
 * starts at scale 1e-6 ({@code v_l(0) = 1_4 / 2} for Algorithm 2) with step 0.01 (gamma, the
 * constant eta after the switch, and the baselines' GD step) for {@link #STEPS} updates. Runs:
 * Algorithm 2 in the paper's convention (practical rule, tau = 0.03 as in the code, Gauss-Seidel)
 * and in the code's (MSELoss, prev_u = 1, Jacobi); the u^2 - v^2 baseline in both conventions;
 * the v^2 baseline in the code's. Rows every 5 steps (tiny: n = 30, p = 60, every 100). Columns:
 * run, step, error, maxOffW, switchStep (-1 for baselines), reason.
 *
 * <p>Spec: {@code LNHW:fig-4}.
 */
public final class LnhwFigureFourExperiment
    extends LnhwFigureTrajectoryExperiment<LnhwFigureTrajectoryExperiment.Trace> {

  /** The seed. */
  public static final long SEED = 42;

  /** The budget (the authors' 500 epochs). */
  public static final long STEPS = 500;

  /** The common step size. */
  public static final double STEP = 0.01;

  /** The initial scale. */
  public static final double ALPHA = 1e-6;

  /** The practical rule's tolerance (the authors' code). */
  public static final double TAU = 0.03;

  /** The runs. */
  enum Method {
    /** Algorithm 2, paper convention and order. */
    GROUP_PAPER,
    /** Algorithm 2 as in the authors' code. */
    GROUP_CODE,
    /** GD on u^2 - v^2, paper convention. */
    DIFFERENCE_PAPER,
    /** GD on u^2 - v^2, code convention. */
    DIFFERENCE_CODE,
    /** GD on v^2, code convention (the authors' baseline). */
    SQUARES_CODE
  }

  @Override
  public String name() {
    return "lnhw-fig4";
  }

  @Override
  public String description() {
    return "LNHW Figure 4: Algorithm 2 (groups of 4) vs unstructured u^2 - v^2 and v^2 GD at a"
        + " 500-step budget";
  }

  @Override
  public List<String> columns() {
    return List.of("run", "step", "error", "maxOffW", "switchStep", "reason");
  }

  /** The simulation. */
  static AlgorithmSimulation simulation(boolean full) {
    int groupCount = full ? 125 : 15;
    double[] support = new double[16];
    Arrays.fill(support, 1.0);
    return AlgorithmSimulation.rademacher(full ? 100 : 30,
        GroupPartition.contiguous(groupCount, 4),
        AlgorithmSimulation.leading(4 * groupCount, support), 0.5, SEED);
  }

  /** The error and off-support magnitude of {@code method} at every step 0..STEPS. */
  static Trace trajectory(boolean full, Method method) {
    AlgorithmSimulation simulation = simulation(full);
    LossConvention convention = method.name().endsWith("PAPER") ? LossConvention.PAPER
        : LossConvention.CODE_MSE;
    if (method == Method.GROUP_PAPER || method == Method.GROUP_CODE) {
      boolean paper = method == Method.GROUP_PAPER;
      AlgorithmSettings settings = new AlgorithmSettings(STEP, convention,
          paper ? UpdateOrder.GAUSS_SEIDEL : UpdateOrder.JACOBI,
          paper ? SwitchRule.practical(TAU, 1e-12) : SwitchRule.practicalFromOne(TAU, 1e-12),
          STEP);
      AlgorithmRun run = AlgorithmRun.of(simulation.design(), settings,
          simulation.uniformU(ALPHA), simulation.uniformDirections(), STEPS,
          AlgorithmRun.everyStep(STEPS));
      return summarise(run, simulation, 4);
    }
    BaselineObjective objective = new BaselineObjective(simulation.design(),
        method == Method.SQUARES_CODE ? BaselineObjective.Kind.SQUARES
            : BaselineObjective.Kind.DIFFERENCE_OF_SQUARES, convention);
    TrainingResult result = GradientDescent.run(objective, objective.initial(ALPHA),
        new TrainingSettings(WarmupSchedule.constant(STEP), Double.MIN_VALUE, STEPS)
            .withCheckpoints(AlgorithmRun.everyStep(STEPS)));
    return baselineTrace(result, objective, simulation);
  }

  private static Trace baselineTrace(TrainingResult result, BaselineObjective objective,
      AlgorithmSimulation simulation) {
    double[] wStar = simulation.wStar();
    int count = result.checkpoints().size();
    long[] steps = new long[count];
    double[] error = new double[count];
    double[] loss = new double[count];
    double[] maxOffW = new double[count];
    for (int k = 0; k < count; k++) {
      Checkpoint checkpoint = result.checkpoints().get(k);
      double[] w = objective.weights(checkpoint.theta());
      steps[k] = checkpoint.step();
      loss[k] = checkpoint.loss();
      error[k] = AlgorithmRun.squaredDistance(w, wStar);
      for (int i = 16; i < w.length; i++) {
        maxOffW[k] = Math.max(maxOffW[k], Math.abs(w[i]));
      }
    }
    double[][] none = new double[count][0];
    return new Trace(steps, error, loss, none, new double[count], maxOffW, none, none, none,
        new double[count], new double[count], -1, result.reason());
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (Method method : Method.values()) {
      for (long t : grid(STEPS, full ? 5 : 100)) {
        points.add(new SweepPoint(points.size(),
            new double[] {full ? 1 : 0, method.ordinal(), t}, SEED));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    Method method = Method.values()[(int) values[1]];
    int k = (int) values[2];
    Trace trace = trace(full + "/" + method, () -> trajectory(full, method));
    return List.of(method.name(), Long.toString(trace.steps()[k]), num(trace.error()[k]),
        num(trace.maxOffW()[k]), Long.toString(trace.switchStep()),
        trace.reason().replace(',', ';'));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> errors = new LinkedHashMap<>();
    for (String run : distinct(table, "run")) {
      errors.put(run, series(table, "run", run, "step", "error", true));
    }
    return Plots.logLog(outDir, name(),
        "LNHW Fig. 4: group (Algorithm 2) vs unstructured sparsity, n = 100, p = 500", "t",
        "||w(t) - w*||^2", nonEmpty(errors));
  }
}
