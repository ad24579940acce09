package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.BaselineGroupedObjective;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupedWeights;
import org.tacit.group.model.LossConvention;
import org.tacit.training.Checkpoint;
import org.tacit.training.GradientDescent;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.training.WarmupSchedule;

/**
 * {@code lnhw-fig7}: LNHW Figure 7 (Appendix E.1), plain gradient descent on {@code (u, v)}
 * without weight normalisation, in the setting of Figure 4 ({@link LnhwFigureFourExperiment}'s
 * data: n = 100, p = 500, groups of 4, 16 support entries 1, seed 42): the error, the largest
 * off-support entry and the cosines {@code <v_l(t), v_l*> / ||v_l(t)||} of the support groups.
 *
 * <p>Settings (the authors' code, three_stages.ipynb): step 0.05, {@link #STEPS} updates,
 * {@code u(0) = 1e-3 1}, and two initialisations of v: (a) {@code v(0) = 0} (the paper's left and
 * middle panels), (b) {@code v_l(0) = -(1e-3 / 2) 1_4}, norm 1e-3 pointing opposite to
 * {@code v_l*} (the paper's "small initialisation 1e-3", right panel). Both loss conventions (the
 * code's MSELoss doubles the effective step). Rows every 20 steps (tiny: n = 30, p = 60, 2000
 * steps, every 500). Columns: run, step, error, maxOffW, cos1..cos4, reason.
 *
 * <p>Spec: {@code LNHW:fig-7}.
 */
public final class LnhwFigureSevenExperiment
    extends LnhwFigureTrajectoryExperiment<LnhwFigureTrajectoryExperiment.Trace> {

  /** Updates at full scale (the authors' 8000 epochs). */
  public static final long STEPS = 8000;

  /** The step size. */
  public static final double STEP = 0.05;

  /** The initial scale of u, and the norm of v_l(0) in run (b). */
  public static final double SCALE = 1e-3;

  /** The runs: initialisation and convention. */
  enum Run {
    /** v(0) = 0, MSELoss. */
    ZERO_CODE(true, LossConvention.CODE_MSE),
    /** v(0) opposite to v*, MSELoss. */
    OPPOSITE_CODE(false, LossConvention.CODE_MSE),
    /** v(0) = 0, 1/(2n). */
    ZERO_PAPER(true, LossConvention.PAPER),
    /** v(0) opposite to v*, 1/(2n). */
    OPPOSITE_PAPER(false, LossConvention.PAPER);

    final boolean zero;
    final LossConvention convention;

    Run(boolean zero, LossConvention convention) {
      this.zero = zero;
      this.convention = convention;
    }
  }

  @Override
  public String name() {
    return "lnhw-fig7";
  }

  @Override
  public String description() {
    return "LNHW Figure 7: plain GD on (u, v) without normalisation, v(0) = 0 vs v(0) opposite"
        + " to v* (Figure 4 setting)";
  }

  @Override
  public List<String> columns() {
    return List.of("run", "step", "error", "maxOffW", "cos1", "cos2", "cos3", "cos4", "reason");
  }

  /** The trajectory of {@code run}, every step recorded. */
  static Trace trajectory(boolean full, Run run) {
    AlgorithmSimulation simulation = LnhwFigureFourExperiment.simulation(full);
    GroupPartition groups = simulation.design().groups();
    long steps = full ? STEPS : 2000;
    BaselineGroupedObjective objective = new BaselineGroupedObjective(simulation.design(),
        run.convention);
    double[] initial = new double[objective.dimension()];
    for (int l = 0; l < groups.groupCount(); l++) {
      initial[l] = SCALE;
    }
    if (!run.zero) {
      for (int i = 0; i < groups.dimension(); i++) {
        initial[groups.groupCount() + i] = -SCALE / 2;
      }
    }
    long[] checkpoints = new long[(int) steps / 20 + 1];
    for (int k = 0; k < checkpoints.length; k++) {
      checkpoints[k] = 20L * k;
    }
    TrainingResult result = GradientDescent.run(objective, initial,
        new TrainingSettings(WarmupSchedule.constant(STEP), Double.MIN_VALUE, steps)
            .withCheckpoints(checkpoints));
    double[] wStar = simulation.wStar();
    int count = result.checkpoints().size();
    long[] recorded = new long[count];
    double[] error = new double[count];
    double[] loss = new double[count];
    double[] maxOffW = new double[count];
    double[][] cosine = new double[count][4];
    for (int k = 0; k < count; k++) {
      Checkpoint checkpoint = result.checkpoints().get(k);
      double[] theta = checkpoint.theta();
      double[] u = Arrays.copyOfRange(theta, 0, groups.groupCount());
      double[] v = Arrays.copyOfRange(theta, groups.groupCount(), theta.length);
      double[] w = GroupedWeights.of(groups, u, v);
      recorded[k] = checkpoint.step();
      loss[k] = checkpoint.loss();
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        sum += (w[i] - wStar[i]) * (w[i] - wStar[i]);
        if (i >= 16) {
          maxOffW[k] = Math.max(maxOffW[k], Math.abs(w[i]));
        }
      }
      error[k] = sum;
      for (int l = 0; l < 4; l++) {
        double dot = 0;
        double norm = 0;
        for (int m = 0; m < 4; m++) {
          double vi = v[groups.member(l, m)];
          dot += vi * 0.5;
          norm += vi * vi;
        }
        cosine[k][l] = norm == 0 ? 0 : dot / Math.sqrt(norm);
      }
    }
    double[][] none = new double[count][0];
    return new Trace(recorded, error, loss, none, new double[count], maxOffW, none, none, cosine,
        new double[count], new double[count], -1, result.reason());
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    List<SweepPoint> points = new ArrayList<>();
    for (Run run : Run.values()) {
      long steps = full ? STEPS : 2000;
      for (long t : grid(steps, full ? 20 : 500)) {
        points.add(new SweepPoint(points.size(),
            new double[] {full ? 1 : 0, run.ordinal(), t / 20},
            LnhwFigureFourExperiment.SEED));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    Run run = Run.values()[(int) values[1]];
    int k = (int) values[2];
    Trace trace = trace(full + "/" + run, () -> trajectory(full, run));
    List<String> cells = new ArrayList<>(List.of(run.name(), Long.toString(trace.steps()[k]),
        num(trace.error()[k]), num(trace.maxOffW()[k])));
    for (double cosine : trace.cosine()[k]) {
      cells.add(num(cosine));
    }
    cells.add(trace.reason().replace(',', ';'));
    return cells;
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> errors = new LinkedHashMap<>();
    Map<String, double[][]> cosines = new LinkedHashMap<>();
    for (String run : distinct(table, "run")) {
      errors.put("||w - w*||^2, " + run, series(table, "run", run, "step", "error", true));
      errors.put("max off-support |w|, " + run,
          series(table, "run", run, "step", "maxOffW", true));
      for (int l = 1; l <= 4; l++) {
        cosines.put("cos" + l + ", " + run, series(table, "run", run, "step", "cos" + l, false));
      }
    }
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "LNHW Fig. 7: plain GD on (u, v), error and largest off-support entry", "t", "value",
        nonEmpty(errors)));
    files.addAll(Plots.semiLogX(outDir, name() + "-directions",
        "LNHW Fig. 7: <v_l(t), v_l*> / ||v_l(t)||", "t", "cosine", nonEmpty(cosines)));
    return files;
  }
}
