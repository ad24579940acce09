package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.GradientApproximation;
import org.tacit.benign.model.GradientApproximationInstance;
import org.tacit.benign.model.LearnerObjective;
import org.tacit.benign.model.RipConstant;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.Vectors;
import org.tacit.training.Checkpoint;
import org.tacit.training.GradientDescent;
import org.tacit.training.StepSchedule;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG Lemma 5.2 (gradient approximation) with its proof's term-by-term bounds (Remark A.5), on the
 * iterates of GD (2) from the paper's initialization: at each checked step t, with {@code g =
 * X^T r/n}, {@code E_S = (d/n) v_S + lambda w_{S+}^{o2} - lambda u_{S-}^{o2} - beta*},
 * {@code Delta_r := g - E_S} (so the three gradient formulas of the lemma are those of (2)) and
 * {@code b = b_t} of (3) by its closed form:
 * <ul>
 *   <li>the proof's decomposition {@code Delta_r = noise + (A - I) E_S - (A - I)(d/n) v_S + A q +
 *       Gamma} ({@link GradientApproximation}) agrees with {@code g - E_S} to rounding
 *       ({@link ZgTolerances#gradientApproximationIdentity});
 *   <li>(T1) {@code ||noise||_inf <= max(|n b - 1|, 1) ||X^T xi/n||_inf};
 *   <li>(T2) {@code ||(A - I) E_S||_inf <= sqrt(s) delta ||E_S||_2 <= s delta ||E_S||_inf}
 *       (Lemma 5.1(i) with the claimed {@code (s+1, delta)}-RIP);
 *   <li>(T3) {@code ||(A - I)(d/n) v_S||_inf <= sqrt(s) delta (d/n) ||v_S||_2};
 *   <li>(T4) {@code ||A q||_inf <= (max_j ||X_j||_2/n) sqrt(lambda_max(X X^T)) sqrt(d) lambda
 *       (||w_{e+}||_inf^2 + ||u_{e-}||_inf^2)} (our explicit constant for the paper's
 *       {@code O(d lambda/sqrt(n))}; it is that under (R4), (R5));
 *   <li>the lemma's bound with these constants: {@code ||Delta_r||_inf <= max(|n b - 1|, 1)
 *       ||X^T xi/n||_inf + sqrt(s) delta (d/n) ||v_S||_2 + s delta ||E_S||_inf + (T4) +
 *       ||Gamma||_inf}.
 * </ul>
 * The bounds are deterministic consequences of the RIP claim; the RIP constants and the
 * operator norm are computed in double, and the rounding of the computed terms is added to the
 * right-hand sides (bounded by {@link ZgTolerances#gradientApproximationIdentity} times the
 * rounding scale).
 *
 * <p>Hypotheses: {@code 1 <= s < d <= 12} (the RIP constant by enumeration); {@code X/sqrt(n)}
 * is {@code (s+1, delta)}-RIP with the claimed delta (the computed {@code delta_{s+1}} plus its
 * error {@link ZgTolerances#RIP_EIGEN} is at most delta); step {@code eta > 0}.
 *
 * <p>Spec: {@code ZG:lem-5.2} (and the labelled steps of {@code ZG:rem-A.5}).
 */
public final class GradientApproximationLemmaChecker
    extends TheoremChecker<GradientApproximationInstance> {

  /** The spec item. */
  public static final String SPEC_ID = "ZG:lem-5.2";

  /** The proof steps (Appendix A.2). */
  public static final String PROOF_ID = "ZG:rem-A.5";

  /** Largest dimension for the RIP enumeration. */
  public static final int MAX_DIMENSION = 12;

  /** Creates the checker. */
  public GradientApproximationLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(GradientApproximationInstance instance) {
    StageInstance stage = instance.stage();
    return "n=" + stage.samples() + ", d=" + stage.dimension() + ", lambda=" + stage.lambda()
        + ", eta=" + stage.eta() + ", delta=" + instance.delta() + ", steps up to "
        + instance.steps()[instance.steps().length - 1];
  }

  @Override
  protected List<Check> evaluate(GradientApproximationInstance instance, Hypotheses hypotheses) {
    StageInstance stage = instance.stage();
    int n = stage.samples();
    int d = stage.dimension();
    int s = stage.support().length;
    if (!hypotheses.require("1 <= s < d <= 12", s >= 1 && s < d && d <= MAX_DIMENSION)) {
      return List.of();
    }
    RipConstant rip = RipConstant.of(stage.x(), n, d, s + 1);
    double ripUpper = rip.delta() + ZgTolerances.RIP_EIGEN * (1 + rip.delta());
    if (!hypotheses.require("X / sqrt(n) is (s+1, delta)-RIP", ripUpper <= instance.delta(),
            "computed delta_{s+1} = " + rip.delta() + " > claimed " + instance.delta())
        || !hypotheses.require("step size eta > 0", stage.eta() > 0)) {
      return List.of();
    }
    double delta = instance.delta();
    double[] gramRows = new double[n * n];
    double maxColumn = 0;
    for (int j = 0; j < d; j++) {
      double c = 0;
      for (int i = 0; i < n; i++) {
        c += stage.x()[i * d + j] * stage.x()[i * d + j];
      }
      maxColumn = Math.max(maxColumn, Math.sqrt(c));
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        double dot = 0;
        for (int j = 0; j < d; j++) {
          dot += stage.x()[i * d + j] * stage.x()[k * d + j];
        }
        gramRows[i * n + k] = dot;
      }
    }
    double lambdaMax = SymmetricEigen.lambdaMax(gramRows, n)
        * (1 + ZgTolerances.RIP_EIGEN);
    long[] steps = instance.steps();
    StepSchedule constant = t -> stage.eta();
    TrainingResult run = GradientDescent.run(
        new LearnerObjective(stage.x(), stage.labels(), n, d, stage.lambda()),
        LearnerObjective.initialParameters(d, stage.alpha()),
        new TrainingSettings(constant, Double.MIN_VALUE, steps[steps.length - 1])
            .withCheckpoints(steps));
    double tolerance = ZgTolerances.gradientApproximationIdentity(n, d);
    double rootS = Math.sqrt(s);
    List<Check> checks = new ArrayList<>();
    for (Checkpoint checkpoint : run.checkpoints()) {
      long t = checkpoint.step();
      double b = -Math.expm1(t * Math.log1p(-stage.eta() * d / n)) / n;
      GradientApproximation terms = GradientApproximation.of(stage, checkpoint.theta(), b);
      double rounding = tolerance * terms.roundingScale();
      double[] direct = new double[d];
      for (int k = 0; k < d; k++) {
        direct[k] = terms.g()[k] - terms.signalError()[k];
      }
      double deltaR = Vectors.maxAbs(terms.deltaR());
      String at = " (t=" + t + ")";
      checks.add(Check.lessOrEqual(PROOF_ID, "Delta_r := g - E_S equals the five-term formula"
          + " of the proof, to rounding" + at, maxDifference(direct, terms.deltaR()), rounding,
          0.0));
      double noiseFactor = Math.max(Math.abs(n * b - 1), 1);
      double t1 = noiseFactor * terms.noiseCorrelationInf();
      checks.add(Check.lessOrEqual(PROOF_ID, "(T1) ||(b - 1/n)(X^T xi)_e - (1/n)(X^T xi)_S||_inf"
          + " <= max(|nb - 1|, 1) ||X^T xi/n||_inf" + at, Vectors.maxAbs(terms.noiseTerm()),
          t1 + rounding, 0.0));
      double signalNorm = Vectors.norm(terms.signalError());
      double signalInf = Vectors.maxAbs(terms.signalError());
      checks.add(Check.lessOrEqual(PROOF_ID, "(T2) ||(A - I) E_S||_inf <= sqrt(s) delta ||E_S||_2"
          + at, Vectors.maxAbs(terms.signalDeviation()), rootS * delta * signalNorm + rounding,
          0.0));
      checks.add(Check.lessOrEqual(PROOF_ID, "(T2) sqrt(s) ||E_S||_2 <= s ||E_S||_inf" + at,
          rootS * signalNorm, s * signalInf, ZgTolerances.gradientApproximationIdentity(1, s)));
      double linear = (double) d / n * terms.vSupportNorm();
      checks.add(Check.lessOrEqual(PROOF_ID, "(T3) ||(A - I)(d/n) v_S||_inf <= sqrt(s) delta"
          + " (d/n) ||v_S||_2" + at, Vectors.maxAbs(terms.linearDeviation()),
          rootS * delta * linear + rounding, 0.0));
      double t4 = maxColumn / n * Math.sqrt(lambdaMax) * Math.sqrt(d) * terms.offSignalScale();
      checks.add(Check.lessOrEqual(PROOF_ID, "(T4) ||A q||_inf <= (max_j ||X_j||/n)"
          + " sqrt(lambda_max(X X^T)) sqrt(d) lambda (||w_{e+}||_inf^2 + ||u_{e-}||_inf^2)" + at,
          Vectors.maxAbs(terms.offSignalTerm()), t4 * (1 + tolerance) + rounding, 0.0));
      double bound = t1 + rootS * delta * linear + s * delta * signalInf + t4
          + Vectors.maxAbs(terms.gamma());
      checks.add(Check.lessOrEqual(SPEC_ID, "||Delta_r||_inf <= max(|nb - 1|, 1) ||X^T xi/n||_inf"
          + " + sqrt(s) delta (d/n) ||v_S||_2 + s delta ||E_S||_inf + (T4) + ||Gamma||_inf" + at,
          deltaR, bound * (1 + tolerance) + 5 * rounding, 0.0));
    }
    return checks;
  }

  private static double maxDifference(double[] a, double[] b) {
    double max = 0;
    for (int k = 0; k < a.length; k++) {
      max = Math.max(max, Math.abs(a[k] - b[k]));
    }
    return max;
  }
}
