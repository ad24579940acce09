package org.tacit.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.LeastSquaresLoss;
import org.tacit.grokking.model.ProjectedSubgradientDescent;
import org.tacit.grokking.model.RunRecorder;
import org.tacit.grokking.model.SoftThresholdingDescent;
import org.tacit.grokking.model.SparseRecoveryProblem;
import org.tacit.grokking.model.StepObserver;
import org.tacit.training.ProgressListener;
import org.tacit.verify.SeededDraws;

/**
 * {@code tdr-fig12} and {@code tdr-fig13}: TDR Figures 12 and 13, sparse recovery by the two
 * alternative methods of Appendix D.1, the projected subgradient method
 * ({@link ProjectedSubgradientDescent}) and ISTA ({@link SoftThresholdingDescent}): (n, zeta,
 * alpha, beta) = (100, 1e-6, 0.1, 1e-5) as printed, with s = 5 and N = 30 as in Figure 3 (not
 * restated in D.1), X with i.i.d. {@code N(0, 1/n)} entries, a* with {@code N(0, 1)} entries on
 * its support, noiseless. Rows at about 60 log-spaced steps: relative training and test errors,
 * {@code ||a||_1}, {@code ||a*||_1}, and the run's {@code t1, t2} (-1: not reached). The projected
 * method memorizes in one step (the projection); its test error follows the l1 norm down slowly.
 *
 * <p>Full scale: {@link TdrFigureThreeExperiment#STEPS_FULL} steps; tiny: n = 20, s = 2, N = 10,
 * alpha = 0.4, beta = 2e-5, {@link TdrFigureThreeExperiment#STEPS_TINY} steps.
 *
 * <p>Spec: {@code TDR:fig-12}, {@code TDR:fig-13}, {@code TDR:rem-D.1.1}.
 */
public final class TdrSparseMethodExperiment
    extends LnhwFigureTrajectoryExperiment<TdrFigureThreeExperiment.Trace> {

  /** One step rule of the shared run: the loss, beta, alpha, the start, the steps, the observer. */
  @FunctionalInterface
  interface Method {
    void run(LeastSquaresLoss loss, double beta, double alpha, double[] initial, long steps,
        StepObserver observer);
  }

  private final String name;
  private final String method;
  private final int figure;
  private final Method rule;

  private TdrSparseMethodExperiment(String name, String method, int figure, Method rule) {
    this.name = name;
    this.method = method;
    this.figure = figure;
    this.rule = rule;
  }

  /** Figure 12: the projected subgradient method. */
  public static TdrSparseMethodExperiment figureTwelve() {
    return new TdrSparseMethodExperiment("tdr-fig12", "projected subgradient", 12,
        (loss, beta, alpha, initial, steps, observer) -> ProjectedSubgradientDescent.run(loss,
            new L1Norm(loss.dimension()), beta, alpha, initial, steps, observer,
            ProgressListener.NONE));
  }

  /** Figure 13: ISTA (proximal gradient with soft thresholding). */
  public static TdrSparseMethodExperiment figureThirteen() {
    return new TdrSparseMethodExperiment("tdr-fig13", "ISTA", 13,
        (loss, beta, alpha, initial, steps, observer) -> SoftThresholdingDescent.run(loss, beta,
            alpha, initial, steps, observer, ProgressListener.NONE));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "TDR Figure " + figure + ": sparse recovery by " + method
        + ", training/test errors, ||a||_1, t1 and t2";
  }

  @Override
  public List<String> columns() {
    return List.of("method", "step", "train", "test", "l1", "truthL1", "t1", "t2");
  }

  /** The run at the given scale. */
  TdrFigureThreeExperiment.Trace run(boolean full) {
    int n = full ? 100 : 20;
    int s = full ? 5 : 2;
    int samples = full ? 30 : 10;
    double beta = full ? 1e-5 : 2e-5;
    double alpha = full ? 0.1 : 0.4;
    long last = full ? TdrFigureThreeExperiment.STEPS_FULL : TdrFigureThreeExperiment.STEPS_TINY;
    SparseRecoveryProblem problem = SparseRecoveryFamilies.paperProblem(
        new SeededDraws(TdrFigureThreeExperiment.SEED), n, s, samples, 1, 1e-6);
    long[] steps = TdrFigureThreeExperiment.schedule(last);
    RunRecorder recorder = new RunRecorder(problem, new L1Norm(n), beta, steps);
    rule.run(problem.loss(), beta, alpha, problem.initial(), last, recorder);
    double truthL1 = new L1Norm(n).value(problem.groundTruth());
    return new TdrFigureThreeExperiment.Trace(recorder.rows(),
        recorder.steps().memorizationStep().orElse(-1),
        recorder.steps().generalizationStep().orElse(-1), truthL1);
  }

  @Override
  public List<SweepPoint> points(ExperimentScale scale) {
    boolean full = scale == ExperimentScale.FULL;
    int count = TdrFigureThreeExperiment.schedule(full ? TdrFigureThreeExperiment.STEPS_FULL
        : TdrFigureThreeExperiment.STEPS_TINY).length;
    List<SweepPoint> points = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      points.add(new SweepPoint(k, new double[] {full ? 1 : 0, k},
          TdrFigureThreeExperiment.SEED));
    }
    return points;
  }

  @Override
  public List<String> run(SweepPoint point) {
    double[] values = point.values();
    boolean full = values[0] == 1;
    TdrFigureThreeExperiment.Trace trace = trace(Boolean.toString(full), () -> run(full));
    double[] row = trace.rows()[(int) values[1]];
    return List.of(method, Long.toString((long) row[0]), num(row[1]), num(row[2]), num(row[3]),
        num(trace.truthL1()), Long.toString(trace.t1()), Long.toString(trace.t2()));
  }

  @Override
  public List<Path> plot(ResultTable table, Path outDir) {
    Map<String, double[][]> errors = new LinkedHashMap<>();
    errors.put("train", series(table, "method", method, "step", "train", true));
    errors.put("test", series(table, "method", method, "step", "test", true));
    Map<String, double[][]> norms = new LinkedHashMap<>();
    norms.put("||a||_1", series(table, "method", method, "step", "l1", true));
    norms.put("||a*||_1", series(table, "method", method, "step", "truthL1", true));
    List<Path> files = new ArrayList<>(Plots.logLog(outDir, name(),
        "TDR Fig. " + figure + ": " + method + ", relative errors (alpha = 0.1, beta = 1e-5)", "t",
        "relative error", nonEmpty(errors)));
    files.addAll(Plots.logLog(outDir, name() + "-norm",
        "TDR Fig. " + figure + ": ||a^(t)||_1 and ||a*||_1", "t", "l1 norm", nonEmpty(norms)));
    return files;
  }
}
