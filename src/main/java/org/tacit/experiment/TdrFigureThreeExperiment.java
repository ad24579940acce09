package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.RunRecorder;
import org.tacit.grokking.model.SparseRecoveryProblem;
import org.tacit.grokking.model.SubgradientDescent;
import org.tacit.training.ProgressListener;
import org.tacit.verify.SeededDraws;

/**
 * {@code tdr-fig3}: TDR Figure 3, one sparse-recovery run with l1 ({@code H = sign}):
 * (n, s, N, alpha, beta) = (100, 5, 30, 0.1, 1e-5), {@code a^(1) = 1e-6 N(0, 1/n)} (Appendix H.1),
 * X with i.i.d. {@code N(0, 1/n)} entries, noiseless. Two runs on the same X and support: the
 * ground truth with {@code N(0, 1)} entries ({@code unit}, the scale at which both 1e-4 thresholds
 * are reachable) and with the G.1.2 scale {@code N(0, 1/n)} ({@code g12}: the training error
 * plateaus at Theta(beta) above 1e-6, inventory E33). Rows at about 60 log-spaced steps per run:
 * relative training and test errors, {@code ||a||_1}, {@code ||a*||_1}, the gradient ratio
 * {@code ||grad g|| / ||beta H||}, and the run's {@code t1, t2} (-1: not reached).
 *
 * <p>Full scale: {@link #STEPS_FULL} steps (t2 of the unit run is about 1.2e6); tiny: n = 20,
 * s = 2, N = 10, alpha = 0.4, beta = 2e-5, {@link #STEPS_TINY} steps.
 *
 * <p>Spec: {@code TDR:fig-3}, {@code TDR:rem-3.1.5}.
 */
public final class TdrFigureThreeExperiment
    extends LnhwFigureTrajectoryExperiment<TdrFigureThreeExperiment.Trace> {

  /** Steps at full scale. */
  public static final long STEPS_FULL = 2_000_000;

  /** Steps at tiny scale. */
  public static final long STEPS_TINY = 50_000;

  /** The seed of the problem. */
  public static final long SEED = 3;

  /** Recorded points per run. */
  static final int RECORDS = 60;

  /** A recorded run: rows and the steps t1, t2 (-1: not reached). */
  record Trace(double[][] rows, long t1, long t2, double truthL1) {}

  @Override
  public String name() {
    return "tdr-fig3";
  }

  @Override
  public String description() {
    return "TDR Figure 3: sparse recovery with l1, training/test errors, ||a||_1, gradient ratio,"
        + " t1 and t2";
  }

  @Override
  public List<String> columns() {
    return List.of("run", "step", "train", "test", "l1", "truthL1", "ratio", "t1", "t2");
  }

  /** The recorded steps: 0, the last step and a log grid between them. */
  static long[] schedule(long last) {
    TreeSet<Long> steps = new TreeSet<>();
    steps.add(0L);
    steps.add(last);
    for (int k = 0; k < RECORDS; k++) {
      steps.add(Math.round(Math.pow(last, k / (double) (RECORDS - 1))));
    }
    return steps.stream().mapToLong(Long::longValue).toArray();
  }

  /** The run at the given scale and ground-truth variance (1 or 1/n). */
  static Trace run(boolean full, boolean unitTruth) {
    int n = full ? 100 : 20;
    int s = full ? 5 : 2;
    int samples = full ? 30 : 10;
    double beta = full ? 1e-5 : 2e-5;
    double alpha = full ? 0.1 : 0.4;
    long last = full ? STEPS_FULL : STEPS_TINY;
    SparseRecoveryProblem problem = SparseRecoveryFamilies.paperProblem(new SeededDraws(SEED),
        n, s, samples, unitTruth ? 1 : 1.0 / n, 1e-6);
    long[] steps = schedule(last);
    RunRecorder recorder = new RunRecorder(problem, new L1Norm(n), beta, steps);
    SubgradientDescent.run(problem.loss(), new L1Norm(n), beta, alpha, problem.initial(), last,
        recorder, ProgressListener.NONE);
    double truthL1 = new L1Norm(n).value(problem.groundTruth());
    return new Trace(recorder.rows(), recorder.steps().memorizationStep().orElse(-1),
        recorder.steps().generalizationStep().orElse(-1), truthL1);
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    int count = schedule(full ? STEPS_FULL : STEPS_TINY).length;
    List<SweepPoint> points = new ArrayList<>();
    for (int unit = 1; unit >= 0; unit--) {
      for (int k = 0; k < count; k++) {
        points.add(new SweepPoint(points.size(), new double[] {full ? 1 : 0, unit, k}, SEED));
      }
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    boolean unit = values[1] == 1;
    Trace trace = trace(full + "/" + unit, () -> run(full, unit));
    double[] row = trace.rows()[(int) values[2]];
    return List.of(unit ? "unit" : "g12", Long.toString((long) row[0]), num(row[1]), num(row[2]),
        num(row[3]), num(trace.truthL1()), num(row[5]), Long.toString(trace.t1()),
        Long.toString(trace.t2()));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> errors = new LinkedHashMap<>();
    Map<String, double[][]> norms = new LinkedHashMap<>();
    for (String run : distinct(table, "run")) {
      errors.put("train, " + run, series(table, "run", run, "step", "train", true));
      errors.put("test, " + run, series(table, "run", run, "step", "test", true));
      errors.put("grad ratio, " + run, series(table, "run", run, "step", "ratio", true));
      norms.put("||a||_1, " + run, series(table, "run", run, "step", "l1", true));
      norms.put("||a*||_1, " + run, series(table, "run", run, "step", "truthL1", true));
    }
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "TDR Fig. 3: relative errors and ||grad g|| / ||beta H|| (l1, alpha = 0.1, beta = 1e-5)",
        "t", "error / ratio", nonEmpty(errors)));
    files.addAll(Plots.logLog(outDir, name() + "-norm", "TDR Fig. 3: ||a^(t)||_1 and ||a*||_1",
        "t", "l1 norm", nonEmpty(norms)));
    return files;
  }
}
