package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.StageBoundaries;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.StageTrajectory;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.training.ProgressListener;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma 5.6 (Stage 2) with Lemmas 5.7, C.1-C.6, Theorem 3.1's error and time, and Remarks
 * 3.1, 4.1, 5.3-5.6, on a GD run in the experiments' regime ({@link StageTrajectory}) continued
 * to {@code eps/10} so that {@code T2} (first {@code L <= eps}) is followed by a stretch of the run.
 * Measured constants against documented caps ({@link ZgTolerances}, "Stage dynamics"), with
 * {@code B = sigma sqrt(ln(d)/n) + sigma sqrt(n/d)}:
 * <ul>
 *   <li>(5.6) {@code T1 < T21 <= T2} exist; {@code (T2 - T1) eta d / (n ln(n/eps)) <= }
 *       {@link ZgTolerances#STAGE_TWO_TIME_CAP}; (a) {@code err_S(t)/B}, (c) {@code ||v^(t)||_2 /
 *       (sigma sqrt(n/d))} and {@code ||v_S^(t)||_2 / (sqrt(s)(n/d) ln^2(d) B)} at most
 *       {@link ZgTolerances#STAGE_NORM_CAP} for {@code t >= T2}; (b) is not met in this regime
 *       (not checked, see the spec);
 *   <li>(C.6) {@code L(t) <= eps} for every {@code t >= T2} of the run;
 *   <li>(5.7, C.3, C.4) {@code ||Gamma_t||_inf / B} and {@code ||Delta_v^(t)||_inf / (B n ln(n)/d)}
 *       at most {@code STAGE_NORM_CAP} on the sampled {@code t >= T1};
 *   <li>(C.1, C.2(d), Remarks 5.5, 5.6) the residual decays geometrically after T1: the mean rate
 *       {@code ln(||r^(T1)||/||r^(T2)||)/(T2 - T1)} over {@code eta d/n} lies in
 *       {@code [1/STAGE_NORM_CAP, STAGE_NORM_CAP]}, and {@code ||X^T r^(t)/n||_inf / B <=
 *       STAGE_NORM_CAP} for {@code t >= T1} (Remark 5.4);
 *   <li>(Remark 5.3) {@code d a_{T2} = 1 - (1 - eta d/n)^{T2} >= 1 - STAGE_ONE_NOISE_FIT_CAP}
 *       (the claim {@code X v ~ xi} is not checked: it fails in this regime, see the spec);
 *   <li>(Remark 4.1) {@code ||v^(T1)||_2 < ||v^(T2)||_2} (v moves in Stage 2),
 *       {@code |(||lambda (w^2 - u^2)^(T2)|| - ||lambda (w^2 - u^2)^(T1)||)| <= 1/4 ||beta*||}
 *       (the quadratic part roughly stays), and {@code T1 <= T2/4};
 *   <li>(Theorem 3.1) {@code ||beta^(T2) - beta*||_2 / (sqrt(s) ln^2(d) B) <= }
 *       {@link ZgTolerances#THEOREM_ERROR_CAP}; {@code T2 eta d / (n ln(n/(alpha eps))) <=
 *       STAGE_TWO_TIME_CAP}; (Remark 3.1) the error at {@code eps/10} is within a factor
 *       {@link ZgTolerances#EPSILON_ERROR_RATIO} of that at {@code eps};
 *   <li>the proof steps of remarks B.4, C.1-C.6 and D.1 ({@link StageRemarkSteps}).
 * </ul>
 *
 * <p>Hypotheses (decided): those of {@link StageOneLemmaChecker}.
 *
 * <p>Spec: {@code ZG:lem-5.6} (with labelled checks of {@code ZG:lem-5.7}, {@code ZG:lem-C.1} to
 * {@code ZG:lem-C.6}, {@code ZG:thm-3.1}, {@code ZG:rem-3.1}, {@code ZG:rem-4.1},
 * {@code ZG:rem-5.3} to {@code ZG:rem-5.6}, {@code ZG:rem-B.4}, {@code ZG:rem-C.1} to
 * {@code ZG:rem-C.6}, {@code ZG:rem-D.1}).
 */
public final class StageTwoLemmaChecker extends TheoremChecker<StageInstance> {

  /** The spec item. */
  public static final String SPEC_ID = "ZG:lem-5.6";

  /** Sampling interval of (3), (4) along the run. */
  public static final long SAMPLE_EVERY = 50;

  /** Creates the checker. */
  public StageTwoLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(StageInstance instance) {
    return StageHypotheses.describe(instance);
  }

  @Override
  protected List<Check> evaluate(StageInstance instance, Hypotheses hypotheses) {
    if (!StageHypotheses.require(instance, hypotheses)) {
      return List.of();
    }
    double eps = instance.lossTarget();
    StageInstance longer = instance.withLossTarget(eps / 10);
    StageTrajectory run = StageTrajectory.run(longer, SAMPLE_EVERY, ProgressListener.NONE,
        eps);
    StageBoundaries stages = StageBoundaries.of(run);
    int last = run.lastStep();
    int t2 = -1;
    for (int t = 0; t <= last && t2 < 0; t++) {
      if (run.loss(t) <= eps) {
        t2 = t;
      }
    }
    List<Check> checks = new ArrayList<>();
    boolean found = stages.t1().isPresent() && stages.t21().isPresent() && t2 >= 0
        && run.result().converged();
    checks.add(Check.lessOrEqual(SPEC_ID, "T1 < T21 <= T2 exist and the run reaches eps/10",
        found ? 0 : 1, 0, 0.0));
    if (!found) {
      return checks;
    }
    int t1 = stages.t1().getAsInt();
    int t21 = stages.t21().getAsInt();
    int n = instance.samples();
    int d = instance.dimension();
    int s = instance.support().length;
    double eta = instance.eta();
    double scale = instance.noiseScale();
    double sigmaScale = instance.sigma() * Math.sqrt((double) n / d);
    double logD = Math.log(d);
    double cap = ZgTolerances.STAGE_NORM_CAP;
    double rate = eta * d / n;
    checks.add(Check.less(SPEC_ID, "T1 < T21", t1, t21));
    checks.add(Check.lessOrEqual(SPEC_ID, "T21 <= T2", t21, t2, 0.0));
    checks.add(Check.lessOrEqual(SPEC_ID, "(T2 - T1) eta d / (n ln(n/eps)) <= cap",
        (t2 - t1) * rate / Math.log(n / eps), ZgTolerances.STAGE_TWO_TIME_CAP, 0.0));
    double maxErr = 0;
    double maxV = 0;
    double maxVs = 0;
    double maxLoss = 0;
    for (int t = t2; t <= last; t++) {
      maxErr = Math.max(maxErr, run.signalError(t));
      maxV = Math.max(maxV, run.vNorm(t));
      maxVs = Math.max(maxVs, run.vSupportNorm(t));
      maxLoss = Math.max(maxLoss, run.loss(t));
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "(a) err_S(t) / B <= cap for t >= T2", maxErr / scale,
        cap, 0.0));
    checks.add(Check.lessOrEqual(SPEC_ID, "(c) ||v^(t)||_2 / (sigma sqrt(n/d)) <= cap for t >= T2",
        maxV / sigmaScale, cap, 0.0));
    checks.add(Check.lessOrEqual(SPEC_ID, "(c) ||v_S^(t)||_2 / (sqrt(s) (n/d) ln^2(d) B) <= cap"
        + " for t >= T2", maxVs / (Math.sqrt(s) * n / d * logD * logD * scale), cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-C.6", "L(t) <= eps for every t >= T2 of the run",
        maxLoss, eps, 0.0));
    double maxGamma = 0;
    double maxDeltaV = 0;
    long[] sampled = run.sampleSteps();
    for (int i = 0; i < sampled.length; i++) {
      if (sampled[i] >= t1) {
        maxGamma = Math.max(maxGamma, run.gammaInf(i));
        maxDeltaV = Math.max(maxDeltaV, run.deltaVInf(i));
      }
    }
    double deltaVShape = scale * n * Math.log(n) / d;
    checks.add(Check.lessOrEqual("ZG:lem-C.3", "||Gamma_t||_inf / B <= cap for sampled t >= T1",
        maxGamma / scale, cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-C.4", "||Delta_v^(t)||_inf / (B n ln(n)/d) <= cap for"
        + " sampled t >= T1", maxDeltaV / deltaVShape, cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-5.7", "max(||Gamma_t||_inf / B, ||Delta_v^(t)||_inf /"
        + " (B n ln(n)/d)) <= cap for sampled t >= T1",
        Math.max(maxGamma / scale, maxDeltaV / deltaVShape), cap, 0.0));
    double measured = Math.log(run.residualNorm(t1) / run.residualNorm(t2)) / (t2 - t1) / rate;
    checks.add(Check.lessOrEqual("ZG:lem-C.2", "(d) mean contraction rate of ||r|| on [T1, T2] /"
        + " (eta d/n) <= cap", measured, cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:rem-5.5", "mean contraction rate of ||r|| on [T1, T2] /"
        + " (eta d/n) >= 1/cap", 1 / cap, measured, 0.0));
    double measured2 = Math.log(run.residualNorm(t21) / run.residualNorm(last)) / (last - t21)
        / rate;
    checks.add(Check.lessOrEqual("ZG:rem-5.6", "Stage 2.2: mean contraction rate of ||r|| on"
        + " [T21, T] / (eta d/n) >= 1/cap", 1 / cap, measured2, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-C.1", "T21 - T1 <= cap (n/(eta d)) ln(n)", t21 - t1,
        cap * Math.log(n) / rate, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-C.5", "||Delta_r^(t)||_inf / (B + err_S(t)) <= cap on"
        + " [T1, T21]", maxRatio(run, scale, t1, t21), cap, 0.0));
    double maxGradient = 0;
    for (int t = t1; t <= last; t++) {
      maxGradient = Math.max(maxGradient, run.gradientInf(t));
    }
    checks.add(Check.lessOrEqual("ZG:rem-5.4", "||X^T r^(t)/n||_inf / B <= cap for t >= T1",
        maxGradient / scale, cap, 0.0));
    double fitted = -Math.expm1(t2 * Math.log1p(-rate));
    checks.add(Check.lessOrEqual("ZG:rem-5.3", "d a_{T2} = 1 - (1 - eta d/n)^{T2} >= 1 - cap",
        1 - ZgTolerances.STAGE_ONE_NOISE_FIT_CAP, fitted, 0.0));
    checks.add(Check.less("ZG:rem-4.1", "||v^(T1)||_2 < ||v^(T2)||_2", run.vNorm(t1),
        run.vNorm(t2)));
    checks.add(Check.lessOrEqual("ZG:rem-4.1", "| ||lambda (w^2 - u^2)^(T2)||_2 -"
        + " ||lambda (w^2 - u^2)^(T1)||_2 | <= ||beta*||_2 / 4",
        Math.abs(run.quadraticNorm(t2) - run.quadraticNorm(t1)),
        org.tacit.linalg.Vectors.norm(instance.betaStar()) / 4, 0.0));
    checks.add(Check.lessOrEqual("ZG:rem-4.1", "T1 <= T2 / 4", t1, t2 / 4.0, 0.0));
    double error = Math.sqrt(run.testLoss(t2));
    checks.add(Check.lessOrEqual("ZG:thm-3.1", "||beta^(T2) - beta*||_2 / (sqrt(s) ln^2(d) B) <="
        + " cap", error / (Math.sqrt(s) * logD * logD * scale), ZgTolerances.THEOREM_ERROR_CAP,
        0.0));
    checks.add(Check.lessOrEqual("ZG:thm-3.1", "T2 eta d / (n ln(n/(alpha eps))) <= cap",
        t2 * rate / Math.log(n / (instance.alpha() * eps)), ZgTolerances.STAGE_TWO_TIME_CAP,
        0.0));
    double later = Math.sqrt(run.testLoss(last));
    checks.add(Check.lessOrEqual("ZG:rem-3.1", "max/min of ||beta - beta*||_2 at eps and eps/10"
        + " <= cap", Math.max(later, error) / Math.min(later, error),
        ZgTolerances.EPSILON_ERROR_RATIO, 0.0));
    StageRemarkSteps.add(longer, run, t1, t21, run.snapshot().orElseThrow(), checks);
    return checks;
  }

  private static double maxRatio(StageTrajectory run, double scale, int from, int to) {
    double max = 0;
    for (int t = from; t <= to; t++) {
      max = Math.max(max, run.deltaR(t) / (scale + run.signalError(t)));
    }
    return max;
  }
}
