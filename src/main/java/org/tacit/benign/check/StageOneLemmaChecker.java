package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.tacit.benign.model.StageBoundaries;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.StageTrajectory;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.training.ProgressListener;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma 5.3 (Stage 1) with Lemmas B.1-B.4, B.8, Remarks 5.2, B.1, B.7 and B.11, on a GD run
 * ({@link StageTrajectory}) in the experiments' regime. The lemmas hide universal constants and
 * assume Assumption 2.2, which no computable instance meets (see {@code ZG:asm-2.2}); so each
 * O(.) claim is checked as a measured constant against a documented cap
 * ({@link ZgTolerances}, section "Stage dynamics"), and the exact consequences of the update (2)
 * that the proofs use are checked to rounding:
 * <ul>
 *   <li>Stage 1 ends: the operational {@code T1} of {@link StageBoundaries} exists (5.3);
 *   <li>{@code T1 eta lambda beta_min / ln(1/alpha) <= }{@link ZgTolerances#STAGE_ONE_TIME_CAP}
 *       (5.3, B.8); the composed bound of Remark B.11 with our explicit constants,
 *       {@code T1 <= T11bound + ceil(log2(err_S(T11)/(C_T1 B))) (ceil(3 ln 2/(eta lambda
 *       beta_min)) + 1)} with {@code T11bound = ceil(ln(beta_min/(4 lambda alpha^2))/(2 ln(1 + eta
 *       lambda beta_min/2)))} (Lemma B.9's explicit time);
 *   <li>(5.3(b)) {@code ||v^(T1)||_2 / (sigma sqrt(n/d))} and {@code ||v_S^(T1)||_2 / (sqrt(s)
 *       (n/d) ln^2(d) B)} at most {@link ZgTolerances#STAGE_NORM_CAP}; (5.3(c))
 *       {@code ||r^(T1)||_2 / (sigma sqrt(n)) <= STAGE_NORM_CAP};
 *   <li>(B.1(c)) {@code ||r^(t)||_2 <= ||r^(0)||_2} for {@code t <= Ttilde_1 := 2 T1} and
 *       {@code ||r^(0)||_2 / sqrt(s n) <= STAGE_NORM_CAP}; (B.1(b)) {@code err_S(t) <=
 *       STAGE_NORM_CAP} for {@code t <= Ttilde_1}. Not checked: B.1(a), {@code ||w_{e+}||_inf,
 *       ||u_{e-}||_inf <= C alpha}, which fails in this regime with any modest constant (the
 *       measured ratio at T1 is 1e6-1e7; see the spec);
 *   <li>(Remark B.1, exact consequence) {@code |w_k^(t)| <= alpha prod_{tau<t} (1 + 2 eta lambda
 *       |g_k^(tau)|)} on {@code e+} and the same for {@code u} on {@code e-}, all t, to rounding
 *       ({@link ZgTolerances#growthProduct});
 *   <li>(B.2, B.3, 5.4) {@code ||Gamma_t||_inf / B} and {@code ||Delta_v^(t)||_inf / (sigma
 *       sqrt(n/d))} at most {@code STAGE_NORM_CAP} on the sampled {@code t <= Ttilde_1};
 *       {@code ||v^(t)||_2 / (sigma sqrt(n/d)) <= STAGE_NORM_CAP} for {@code t <= Ttilde_1};
 *   <li>(Remark B.7, exact consequence) {@code ||v_S^(t)||_2 <= eta sum_{tau<t} ||(X^T
 *       r^(tau)/n)_S||_2}, all t, to rounding;
 *   <li>(B.4) {@code ||Delta_r^(t)||_inf / (B + err_S(t)) <= STAGE_NORM_CAP} for
 *       {@code t <= Ttilde_1} (the lemma's {@code s delta} factor absorbed in the cap);
 *   <li>(Remark 5.2) {@code a_{T1} d = 1 - (1 - eta d/n)^{T1} <= }
 *       {@link ZgTolerances#STAGE_ONE_NOISE_FIT_CAP}: v has not started to fit the noise.
 * </ul>
 * Here {@code B := sigma sqrt(ln(d)/n) + sigma sqrt(n/d)} ({@link StageInstance#noiseScale}).
 *
 * <p>Hypotheses (decided): {@code alpha > 0} (the paper's initialization, {@code v = 0},
 * {@code w = u = alpha 1}, is what {@link StageTrajectory} runs); {@code beta*} has a nonempty
 * support; {@code 2 eta lambda beta_max <= 1/2} (the step condition of Lemma B.9, corrected, for
 * the signal coordinates); {@code lambda > 0}.
 *
 * <p>Spec: {@code ZG:lem-5.3} (with labelled checks of {@code ZG:lem-B.1}, {@code ZG:lem-B.2},
 * {@code ZG:lem-B.3}, {@code ZG:lem-B.4}, {@code ZG:lem-B.8}, {@code ZG:lem-5.4},
 * {@code ZG:rem-5.2}, {@code ZG:rem-B.1}, {@code ZG:rem-B.7}, {@code ZG:rem-B.11}).
 */
public final class StageOneLemmaChecker extends TheoremChecker<StageInstance> {

  /** The spec item. */
  public static final String SPEC_ID = "ZG:lem-5.3";

  /** Sampling interval of (3), (4) along the run. */
  public static final long SAMPLE_EVERY = 5;

  /** Creates the checker. */
  public StageOneLemmaChecker() {
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
    StageTrajectory run = StageTrajectory.run(instance, SAMPLE_EVERY, ProgressListener.NONE);
    StageBoundaries stages = StageBoundaries.of(run);
    List<Check> checks = new ArrayList<>();
    int last = run.lastStep();
    OptionalInt found = stages.t1();
    checks.add(Check.lessOrEqual(SPEC_ID, "Stage 1 ends: T1 (first t with err_S <= C_T1 B) is"
        + " reached within the run", found.isPresent() ? found.getAsInt() : Double.POSITIVE_INFINITY,
        last, 0.0));
    if (found.isEmpty()) {
      return checks;
    }
    int t1 = found.getAsInt();
    int horizon = Math.min(2 * t1, last);
    int n = instance.samples();
    int d = instance.dimension();
    int s = instance.support().length;
    double eta = instance.eta();
    double lambda = instance.lambda();
    double betaMin = instance.betaMin();
    double alpha = instance.alpha();
    double scale = instance.noiseScale();
    double sigmaScale = instance.sigma() * Math.sqrt((double) n / d);
    double cap = ZgTolerances.STAGE_NORM_CAP;
    double logD = Math.log(d);
    checks.add(Check.lessOrEqual("ZG:lem-B.8", "T1 eta lambda beta_min / ln(1/alpha) <= cap",
        t1 * eta * lambda * betaMin / Math.log(1 / alpha), ZgTolerances.STAGE_ONE_TIME_CAP, 0.0));
    double t11Bound = Math.ceil(Math.log(betaMin / (4 * lambda * alpha * alpha))
        / (2 * Math.log1p(eta * lambda * betaMin / 2)));
    double halving = Math.ceil(3 * Math.log(2) / (eta * lambda * betaMin)) + 1;
    double start = run.signalError(Math.min((int) t11Bound, last));
    double halvings = Math.max(0, Math.ceil(Math.log(start / (StageBoundaries.C_T1 * scale))
        / Math.log(2)));
    checks.add(Check.lessOrEqual("ZG:rem-B.11", "T1 <= T11bound + ceil(log2(err_S(T11bound)/(C_T1"
        + " B))) (ceil(3 ln 2/(eta lambda beta_min)) + 1)", t1, t11Bound + halvings * halving,
        0.0));
    checks.add(Check.lessOrEqual(SPEC_ID, "(b) ||v^(T1)||_2 / (sigma sqrt(n/d)) <= cap",
        run.vNorm(t1) / sigmaScale, cap, 0.0));
    checks.add(Check.lessOrEqual(SPEC_ID, "(b) ||v_S^(T1)||_2 / (sqrt(s) (n/d) ln^2(d) B) <= cap",
        run.vSupportNorm(t1) / (Math.sqrt(s) * n / d * logD * logD * scale), cap, 0.0));
    checks.add(Check.lessOrEqual(SPEC_ID, "(c) ||r^(T1)||_2 / (sigma sqrt(n)) <= cap",
        run.residualNorm(t1) / (instance.sigma() * Math.sqrt(n)), cap, 0.0));
    double r0 = run.residualNorm(0);
    double maxResidual = 0;
    double maxSignal = 0;
    double maxV = 0;
    double maxDeltaR = 0;
    for (int t = 0; t <= horizon; t++) {
      maxResidual = Math.max(maxResidual, run.residualNorm(t));
      maxSignal = Math.max(maxSignal, run.signalError(t));
      maxV = Math.max(maxV, run.vNorm(t));
      maxDeltaR = Math.max(maxDeltaR, run.deltaR(t) / (scale + run.signalError(t)));
    }
    checks.add(Check.lessOrEqual("ZG:lem-B.1", "(c) ||r^(t)||_2 <= ||r^(0)||_2 for t <= 2 T1",
        maxResidual, r0, ZgTolerances.residualMonotone(n, d)));
    checks.add(Check.lessOrEqual("ZG:lem-B.1", "(c) ||r^(0)||_2 / sqrt(s n) <= cap",
        r0 / Math.sqrt(s * (double) n), cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-B.1", "(b) err_S(t) <= cap for t <= 2 T1", maxSignal,
        cap, 0.0));
    double worstSlack = Double.NEGATIVE_INFINITY;
    double worstPath = Double.NEGATIVE_INFINITY;
    for (int t = 0; t <= last; t++) {
      worstSlack = Math.max(worstSlack, run.growthSlack(t) - ZgTolerances.growthProduct(t));
      worstPath = Math.max(worstPath, run.vSupportNorm(t)
          - run.vSupportPath(t) * (1 + ZgTolerances.pathSum(t, s)));
    }
    checks.add(Check.lessOrEqual("ZG:rem-B.1", "ln(|w_k^(t)|/alpha) <= sum_{tau<t} ln(1 + 2 eta"
        + " lambda |g_k^(tau)|) on e+ (u on e-), every t, to rounding", worstSlack, 0.0, 0.0));
    checks.add(Check.lessOrEqual("ZG:rem-B.7", "||v_S^(t)||_2 <= eta sum_{tau<t}"
        + " ||(X^T r^(tau)/n)_S||_2, every t, to rounding", worstPath, 0.0, 0.0));
    double maxGamma = 0;
    double maxDeltaV = 0;
    long[] sampled = run.sampleSteps();
    for (int i = 0; i < sampled.length && sampled[i] <= horizon; i++) {
      maxGamma = Math.max(maxGamma, run.gammaInf(i));
      maxDeltaV = Math.max(maxDeltaV, run.deltaVInf(i));
    }
    checks.add(Check.lessOrEqual("ZG:lem-B.2", "||Gamma_t||_inf / B <= cap for sampled t <= 2 T1",
        maxGamma / scale, cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-B.3", "||Delta_v^(t)||_inf / (sigma sqrt(n/d)) <= cap for"
        + " sampled t <= 2 T1", maxDeltaV / sigmaScale, cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-B.3", "||v^(t)||_2 / (sigma sqrt(n/d)) <= cap for"
        + " t <= 2 T1", maxV / sigmaScale, cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-5.4", "max(||Gamma_t||_inf / B, ||Delta_v^(t)||_inf /"
        + " (sigma sqrt(n/d))) <= cap for sampled t <= 2 T1",
        Math.max(maxGamma / scale, maxDeltaV / sigmaScale), cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:lem-B.4", "||Delta_r^(t)||_inf / (B + err_S(t)) <= cap for"
        + " t <= 2 T1", maxDeltaR, cap, 0.0));
    checks.add(Check.lessOrEqual("ZG:rem-5.2", "a_{T1} d = 1 - (1 - eta d/n)^{T1} <= cap",
        -Math.expm1(t1 * Math.log1p(-eta * d / n)), ZgTolerances.STAGE_ONE_NOISE_FIT_CAP, 0.0));
    return checks;
  }
}
