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
 * ZG Lemma B.5 (the signal coordinates reach {@code beta_min/4}) with Lemmas B.6, B.7, 5.5 and the
 * per-coordinate steps of their proofs (Remarks B.8, B.9, B.10), on a GD run in the experiments'
 * regime ({@link StageTrajectory}). With {@code e_k = (d/n) v_k + lambda w_k^2 - beta*_k} on
 * {@code S+} ({@code (d/n) v_k - lambda u_k^2 - beta*_k} on {@code S-}), {@code K_k = d/n + 4
 * lambda (lambda w_k^2)} (resp. {@code u_k}), {@code D_t = ||Delta_r^(t)||_inf}:
 * <ul>
 *   <li>(B.5) the first passage {@code T11} of every {@code lambda w_k^2} ({@code lambda u_k^2})
 *       over {@code beta_min/4} is at most Lemma B.9's explicit time
 *       {@code ceil(ln(beta_min/(4 lambda alpha^2)) / (2 ln(1 + eta lambda beta_min/2)))}, and they
 *       stay above {@code beta_min/4} until the end of the run;
 *   <li>(Remark B.8, exact consequence of (2)) at every step t < T11 with
 *       {@code (d/n) v_k + D_t <= beta*_k/2} (which gives the proof's premise {@code g_k <= lambda
 *       w_k^2 - beta*_k/2}): {@code lambda w_k^(t+1)2 >= (1 - 2 eta lambda (lambda w_k^2 -
 *       beta*_k/2))^2 lambda w_k^2}; and the proof's use of Lemma B.3, {@code (d/n) |v_k| <
 *       beta*_k/4} for t < T11 (u_k on S-);
 *   <li>(Remark B.10, exact consequence) at every step with {@code |e_k| > 2 D_t} on the side the
 *       proof treats ({@code e_k < 0} on {@code S+}, {@code e_k > 0} on {@code S-}):
 *       {@code |e_k^(t+1)| <= |e_k^(t)| (1 - (eta/2) K_k)} on that side; (Remark B.9) the same with
 *       {@code |e_k| > (3/2) D_t} and factor {@code 1 - (eta/3) K_k}; and the no-overshoot
 *       condition {@code eta K_k <= 1} at every step;
 *   <li>(B.6, 5.5) from every {@code t0} in {@code [T11, T1)} with {@code err_S(t0) >= 4 C_T1 B},
 *       the halving time {@code T'} is at most {@code ceil(3 ln 2/(eta lambda beta_min)) + 1}
 *       (the proof's contraction with our explicit constant; measured, since its premise
 *       {@code D_t <= err_S(t0)/3} does not hold along these runs), and {@code err_S(t) <=
 *       err_S(t0)} on {@code [t0, t0 + T']};
 *   <li>(B.7) the ratchet: for every {@code t0 >= T11} and {@code t >= t0}, {@code err_S(t) <=
 *       max{err_S(t0), 2 max_{tau >= t0} D_tau}} (the lemma with the measured {@code D} in place
 *       of {@code B_s + s delta mu}).
 * </ul>
 * Rounding: the step-wise comparisons allow {@link ZgTolerances#coordinateStep} relative to the
 * size of the compared quantities.
 *
 * <p>Hypotheses (decided): those of {@link StageOneLemmaChecker}.
 *
 * <p>Spec: {@code ZG:lem-B.5} (with labelled checks of {@code ZG:rem-B.8}, {@code ZG:lem-B.6},
 * {@code ZG:lem-5.5}, {@code ZG:rem-B.9}, {@code ZG:lem-B.7}, {@code ZG:rem-B.10}).
 */
public final class SignalGrowthLemmaChecker extends TheoremChecker<StageInstance> {

  /** The spec item. */
  public static final String SPEC_ID = "ZG:lem-B.5";

  /** Creates the checker. */
  public SignalGrowthLemmaChecker() {
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
    StageTrajectory run = StageTrajectory.run(instance, Long.MAX_VALUE, ProgressListener.NONE);
    StageBoundaries stages = StageBoundaries.of(run);
    List<Check> checks = new ArrayList<>();
    int last = run.lastStep();
    double eta = instance.eta();
    double lambda = instance.lambda();
    double betaMin = instance.betaMin();
    double alpha = instance.alpha();
    int d = instance.dimension();
    int n = instance.samples();
    int[] support = instance.support();
    double[] betaStar = instance.betaStar();
    double tolerance = ZgTolerances.coordinateStep();
    double t11Bound = Math.ceil(Math.log(betaMin / (4 * lambda * alpha * alpha))
        / (2 * Math.log1p(eta * lambda * betaMin / 2)));
    OptionalInt passage = stages.t11();
    double t11 = passage.isPresent() ? passage.getAsInt() : Double.POSITIVE_INFINITY;
    if (premiseHoldsBefore(run, instance, passage.isPresent() ? passage.getAsInt() : last)) {
      checks.add(Check.lessOrEqual(SPEC_ID, "T11 (first t with lambda w_k^2, lambda u_k^2 >="
          + " beta_min/4 on S+, S-) <= ceil(ln(beta_min/(4 lambda alpha^2)) / (2 ln(1 + eta"
          + " lambda beta_min/2))) (the proof's premise held at every t < T11)", t11, t11Bound,
          0.0));
    } else {
      checks.add(Check.lessOrEqual(SPEC_ID, "T11 / ceil(ln(beta_min/(4 lambda alpha^2)) / (2 ln(1"
          + " + eta lambda beta_min/2))) <= cap (measured: the proof's premise (d/n) v_k +"
          + " ||Delta_r||_inf <= beta*_k/2 failed at some t < T11)", t11 / t11Bound,
          ZgTolerances.STAGE_ONE_TIME_CAP, 0.0));
    }
    OptionalInt end = stages.t1();
    if (passage.isEmpty() || end.isEmpty()) {
      return checks;
    }
    int firstPassage = passage.getAsInt();
    int t1 = end.getAsInt();
    double lowest = Double.POSITIVE_INFINITY;
    for (int t = firstPassage; t <= last; t++) {
      for (int j = 0; j < support.length; j++) {
        lowest = Math.min(lowest, run.signalQuadratic(t, j));
      }
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "lambda w_k^2 (lambda u_k^2) >= beta_min/4 for T11 <="
        + " t <= T", betaMin / 4, lowest, 0.0));
    double comparisonWorst = 0;
    double linearWorst = 0;
    for (int t = 0; t < firstPassage; t++) {
      double dt = run.deltaR(t);
      for (int j = 0; j < support.length; j++) {
        double beta = Math.abs(betaStar[support[j]]);
        double z = run.signalQuadratic(t, j);
        double linear = linearPart(run, betaStar[support[j]], t, j);
        linearWorst = Math.max(linearWorst, Math.abs(linear) / beta);
        if (linear + dt <= beta / 2) {
          double factor = 1 - 2 * eta * lambda * (z - beta / 2);
          double bound = factor * factor * z;
          double zNext = run.signalQuadratic(t + 1, j);
          comparisonWorst = Math.max(comparisonWorst, (bound - zNext) / Math.max(zNext, bound));
        }
      }
    }
    checks.add(Check.lessOrEqual("ZG:rem-B.8", "(d/n) v_k + ||Delta_r||_inf <= beta*_k/2 =>"
        + " lambda w_k^(t+1)2 >= (1 - 2 eta lambda (lambda w_k^2 - beta*_k/2))^2 lambda w_k^2, every"
        + " t < T11 (u_k on S-)", comparisonWorst, tolerance, 0.0));
    checks.add(Check.less("ZG:rem-B.8", "(d/n) |v_k| < beta*_k/4 for t < T11 (the proof's use of"
        + " Lemma B.3; |.|/beta*_k shown)", linearWorst, 0.25));
    double worstHalf = Double.NEGATIVE_INFINITY;
    double worstThird = Double.NEGATIVE_INFINITY;
    double overshoot = 0;
    int triggered = 0;
    for (int t = 0; t < last; t++) {
      double dt = run.deltaR(t);
      for (int j = 0; j < support.length; j++) {
        double sign = betaStar[support[j]] > 0 ? -1 : 1;
        double e = sign * run.signalCoordinateError(t, j);
        double eNext = sign * run.signalCoordinateError(t + 1, j);
        double k = (double) d / n + 4 * lambda * run.signalQuadratic(t, j);
        overshoot = Math.max(overshoot, eta * k);
        double size = Math.abs(e) + 2 * run.signalQuadratic(t, j)
            + 2 * Math.abs(betaStar[support[j]]);
        if (e > 2 * dt) {
          triggered++;
          worstHalf = Math.max(worstHalf, (eNext - e * (1 - eta * k / 2)) / size);
        }
        if (e > 1.5 * dt) {
          worstThird = Math.max(worstThird, (eNext - e * (1 - eta * k / 3)) / size);
        }
      }
    }
    checks.add(Check.lessOrEqual("ZG:rem-B.10", "|e_k| > 2 ||Delta_r||_inf on the treated side"
        + " => |e_k^(t+1)| <= |e_k^(t)| (1 - (eta/2)(d/n + 4 lambda^2 w_k^2)), every t ("
        + triggered + " cases)",
        Math.max(worstHalf, 0), tolerance, 0.0));
    checks.add(Check.lessOrEqual("ZG:rem-B.9", "|e_k| > (3/2) ||Delta_r||_inf on the treated"
        + " side => |e_k^(t+1)| <= |e_k^(t)| (1 - (eta/3)(d/n + 4 lambda^2 w_k^2)), every t",
        Math.max(worstThird, 0), tolerance, 0.0));
    checks.add(Check.lessOrEqual("ZG:rem-B.10", "no overshoot: eta (d/n + 4 lambda^2 w_k^2) <= 1,"
        + " every t", overshoot, 1.0, 0.0));
    double halvingBound = Math.ceil(3 * Math.log(2) / (eta * lambda * betaMin)) + 1;
    double floor = 4 * StageBoundaries.C_T1 * instance.noiseScale();
    double worstHalving = 0;
    double worstExcursion = 0;
    for (int t0 = firstPassage; t0 < t1; t0++) {
      double b0 = run.signalError(t0);
      if (b0 < floor) {
        continue;
      }
      int t = t0;
      double excursion = 0;
      while (t < last && run.signalError(t) > b0 / 2) {
        excursion = Math.max(excursion, run.signalError(t) / b0);
        t++;
      }
      worstHalving = Math.max(worstHalving, (t - t0) / halvingBound);
      worstExcursion = Math.max(worstExcursion, excursion);
    }
    checks.add(Check.lessOrEqual("ZG:lem-B.6", "T' <= ceil(3 ln 2/(eta lambda beta_min)) + 1 from"
        + " every t0 in [T11, T1) with err_S(t0) >= 4 C_T1 B (ratio shown)", worstHalving, 1.0,
        0.0));
    checks.add(Check.lessOrEqual("ZG:lem-B.6", "err_S(t) <= err_S(t0) on [t0, t0 + T']",
        worstExcursion, 1.0, tolerance));
    checks.add(Check.lessOrEqual("ZG:lem-5.5", "halving time T' eta lambda beta_min <= 3 ln 2 +"
        + " eta lambda beta_min from every t0 in [T11, T1) with err_S(t0) >= 4 C_T1 B",
        worstHalving * halvingBound * eta * lambda * betaMin,
        3 * Math.log(2) + eta * lambda * betaMin * 2, 0.0));
    double[] suffix = new double[last + 2];
    for (int t = last; t >= 0; t--) {
      suffix[t] = Math.max(suffix[t + 1], run.deltaR(t));
    }
    double ratchet = 0;
    double prefixMax = 0;
    for (int t = last; t >= firstPassage; t--) {
      prefixMax = Math.max(prefixMax, run.signalError(t));
      double allowed = Math.max(run.signalError(t), 2 * suffix[t]);
      ratchet = Math.max(ratchet, prefixMax / allowed);
    }
    checks.add(Check.lessOrEqual("ZG:lem-B.7", "err_S(t) <= max{err_S(t0), 2 max_{tau >= t0}"
        + " ||Delta_r||_inf} for all T11 <= t0 <= t (worst ratio)", ratchet, 1.0, tolerance));
    return checks;
  }

  /**
   * Whether the proof's premise of Lemma B.5 (through Lemma B.9), {@code (d/n) v_k +
   * ||Delta_r^(t)||_inf <= beta*_k/2} on every signal coordinate (the sign-adjusted linear part,
   * as in Remark B.8), holds at every {@code t < until}.
   */
  /**
   * The sign-adjusted linear part {@code (d/n) v_k} of signal coordinate {@code j} at {@code t}:
   * the signal error minus the quadratic term's excess, {@code sign(beta*_k) e_k - (lambda w_k^2 -
   * |beta*_k|)} (u_k on S-).
   */
  private static double linearPart(StageTrajectory run, double betaStarK, int t, int j) {
    return Math.signum(betaStarK) * run.signalCoordinateError(t, j) - run.signalQuadratic(t, j)
        + Math.abs(betaStarK);
  }

  private static boolean premiseHoldsBefore(StageTrajectory run, StageInstance instance,
      int until) {
    int[] support = instance.support();
    double[] betaStar = instance.betaStar();
    for (int t = 0; t < until; t++) {
      double dt = run.deltaR(t);
      for (int j = 0; j < support.length; j++) {
        double beta = Math.abs(betaStar[support[j]]);
        double linear = linearPart(run, betaStar[support[j]], t, j);
        if (linear + dt > beta / 2) {
          return false;
        }
      }
    }
    return true;
  }
}
