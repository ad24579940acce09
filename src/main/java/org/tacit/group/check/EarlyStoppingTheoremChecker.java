package org.tacit.group.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tacit.exact.BigRational;
import org.tacit.group.model.AlgorithmRun;
import org.tacit.group.model.AlgorithmSettings;
import org.tacit.group.model.EarlyStoppingInstance;
import org.tacit.group.model.GramMatrices;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.IterationWindow;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.group.model.SwitchRule;
import org.tacit.group.model.TrueParameters;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Theorems 3 and 4 on runs: Algorithm 1 (Theorem 3) or Algorithm 2 with the theoretical
 * switch (Theorem 4), on an instance meeting the theorem's hypotheses, for
 * {@code ceil(2 T_lb)} updates, with the explicit constants the proofs give in place of
 * {@code <~}.
 *
 * <p>The printed window {@code [T_lb, T_ub]} is empty ({@link IterationWindowChecker}); the
 * conclusion is therefore checked on {@code [T_lb, 2 T_lb]}, where the proof's milestones say it
 * should hold. Checks: every update accepted ({@code u_l > 0}, no divergence); phase 1 (Lemma 10,
 * rem-D.1.1) at {@code ceil(T_1)}: {@code (u_l*)^2/2 <= u_l^2 <= 3(u_l*)^2/2} on the support, and
 * {@code u_l^2 <= 3(u_l*)^2/2} at every step; for Algorithm 1, phase 2 at {@code ceil(T_1 + T_2)}:
 * {@code |u_l^2 - (u_l*)^2| <= 2^{-m_0} (u*_max)^2} and {@code <v_l, v_l*> >= 1 - 2^{-2 m_0}/5};
 * on {@code [ceil(T_lb), ceil(2 T_lb)]}: {@code ||u_l^2 v_l - w_l*||_inf <= (2 + 2 sqrt(2/5)) zeta}
 * on the support (the corrected constant of Eq. (9)) and {@code u_l <= sqrt(alpha)} off it (so
 * {@code ||w_l||_inf <= alpha}); for Algorithm 2, {@code u_l^2 >= (u_l*)^2/2} on the support from
 * the switch to the end (rem-4.5).
 *
 * <p>Hypotheses (Theorem 3; Theorem 4's stricter deltas and step in brackets): a support group;
 * rational {@code ||w_l*||}; Assumption 1 with {@code delta_in <= (u*_min)^2/(120 (u*_max)^2)}
 * [{@code sqrt(zeta) (u*_min)^2/(120 (u*_max)^3)}] and {@code delta_out} the same over {@code s},
 * certified by Frobenius norms of the blocks of {@code Sigma - I}; Theorem 3's alpha and gamma;
 * unit {@code v_l(0)}; [{@code eta <= 4/(9 (u*_max)^4)}: Lemma 16 needs the fourth power, the
 * printed {@code (u*_max)^2} is an erratum]; and {@code zeta <= (u*_min)^2}, the case in which the
 * proof recovers every support group (the other cases are not covered by this checker).
 * Tolerance {@link LnhwTolerances#ALGORITHM_RUN}. Cost O(T_lb n p).
 *
 * <p>Spec: {@code LNHW:thm-3}, {@code LNHW:thm-4}, {@code LNHW:rem-D.1.1}, {@code LNHW:rem-4.5}.
 */
public final class EarlyStoppingTheoremChecker extends TheoremChecker<EarlyStoppingInstance> {

  /** The spec ID of Theorem 3 (Algorithm 1). */
  public static final String THEOREM_THREE = "LNHW:thm-3";

  /** The spec ID of Theorem 4 (Algorithm 2). */
  public static final String THEOREM_FOUR = "LNHW:thm-4";

  private static final String MILESTONES = "LNHW:rem-D.1.1";

  private final boolean algorithmTwo;

  /** Theorem 3 ({@code algorithmTwo = false}) or Theorem 4. */
  public EarlyStoppingTheoremChecker(boolean algorithmTwo) {
    super(algorithmTwo ? THEOREM_FOUR : THEOREM_THREE);
    this.algorithmTwo = algorithmTwo;
  }

  @Override
  public String describe(EarlyStoppingInstance instance) {
    return instance.describe();
  }

  @Override
  protected List<Check> evaluate(EarlyStoppingInstance instance, Hypotheses hypotheses) {
    GroupPartition groups = instance.groups();
    int groupCount = groups.groupCount();
    Optional<TrueParameters> truth = TrueParameters.of(groups, instance.wStar());
    if (!hypotheses.require("||w_l*|| rational (exact evaluation)", truth.isPresent())
        || !hypotheses.require("w* has a non-zero group (s >= 1)",
            truth.orElseThrow().supportSize() >= 1)) {
      return List.of();
    }
    TrueParameters split = truth.orElseThrow();
    int support = split.supportSize();
    double uMin = split.smallest().doubleValue();
    double uMax = split.largest().doubleValue();
    double noiseInf = 0;
    for (BigRational gj : instance.noiseCorrelation()) {
      noiseInf = Math.max(noiseInf, gj.abs().doubleValue());
    }
    IterationWindow window = new IterationWindow(uMin, uMax, groupCount, support,
        instance.epsilon(), noiseInf, instance.alpha(), instance.gamma());
    double zeta = window.zeta();
    double strictness = algorithmTwo ? Math.sqrt(zeta) / Math.sqrt(uMax) : 1;
    double deltaIn = strictness * uMin / (120 * uMax);
    double deltaOut = deltaIn / support;
    BigRational[][] sigma = instance.gram();
    if (!hypotheses.require("Assumption 1: ||Sigma_ll - I||_F <= " + (algorithmTwo
            ? "sqrt(zeta) (u*_min)^2/(120 (u*_max)^3)" : "(u*_min)^2/(120 (u*_max)^2)"),
            GramMatrices.largestBlockFrobeniusSquared(sigma, groups, true).doubleValue() <= deltaIn * deltaIn)
        || !hypotheses.require("Assumption 1: ||Sigma_ll'||_F <= " + (algorithmTwo
            ? "sqrt(zeta) (u*_min)^2/(120 s (u*_max)^3)" : "(u*_min)^2/(120 s (u*_max)^2)"),
            GramMatrices.largestBlockFrobeniusSquared(sigma, groups, false).doubleValue() <= deltaOut * deltaOut)
        || !hypotheses.require("0 < alpha < min(min(eps^4, 1)/(u*_max)^8, (u*_min)^2/(80L),"
            + " eps/L)", instance.alpha() > 0 && instance.alpha() < window.alphaBound())
        || !hypotheses.require("0 < gamma <= 1/(20 (u*_max)^2)", instance.gamma() > 0
            && instance.gamma() <= window.gammaBound())
        || !hypotheses.require("||v_l(0)|| = 1", unitDirections(instance))
        || !hypotheses.require("zeta <= (u*_min)^2 (every support group recovered)",
            zeta <= uMin)) {
      return List.of();
    }
    if (algorithmTwo && !hypotheses.require("0 < eta <= 4/(9 (u*_max)^4) (Lemma 16; printed"
        + " (u*_max)^2)", instance.eta() > 0 && instance.eta() <= 4 / (9 * uMax * uMax))) {
      return List.of();
    }
    double[] targets = new double[groupCount];
    for (int l = 0; l < groupCount; l++) {
      targets[l] = split.magnitude(l).doubleValue();
    }
    double lower = window.lowerSteps();
    long steps = (long) Math.ceil(2 * lower);
    AlgorithmSettings settings = algorithmTwo
        ? AlgorithmSettings.algorithmTwo(instance.gamma(), SwitchRule.theory(targets),
            instance.eta())
        : AlgorithmSettings.algorithmOne(instance.gamma());
    double[] u0 = new double[groupCount];
    Arrays.fill(u0, instance.alpha());
    AlgorithmRun run = AlgorithmRun.of(instance.design(), settings, u0, instance.v0(), steps,
        AlgorithmRun.everyStep(steps));
    return runChecks(run, window, targets, instance.wStarValues(), steps);
  }

  private List<Check> runChecks(AlgorithmRun run, IterationWindow window, double[] targets,
      double[] wStar, long steps) {
    String id = specId();
    double tolerance = LnhwTolerances.ALGORITHM_RUN;
    GroupPartition groups = run.groups();
    List<Check> checks = new ArrayList<>();
    int recorded = run.checkpoints().size();
    checks.add(Check.equal(id, "every update accepted (u_l > 0, no divergence): recorded"
        + " iterates = steps + 1", recorded, steps + 1, 0));
    if (recorded != steps + 1) {
      return checks;
    }
    int phaseOne = (int) Math.ceil(window.phaseOneSteps());
    double lowestPhaseOne = Double.POSITIVE_INFINITY;
    double highestEver = 0;
    for (int l = 0; l < targets.length; l++) {
      if (targets[l] > 0) {
        double u = run.u(phaseOne)[l];
        lowestPhaseOne = Math.min(lowestPhaseOne, u * u / targets[l]);
      }
    }
    for (int k = 0; k < recorded; k++) {
      double[] u = run.u(k);
      for (int l = 0; l < targets.length; l++) {
        if (targets[l] > 0) {
          highestEver = Math.max(highestEver, u[l] * u[l] / targets[l]);
        }
      }
    }
    checks.add(Check.lessOrEqual(MILESTONES, "phase 1 at ceil(T_1): (u*)^2/2 <= u_l^2 (S)", 0.5,
        lowestPhaseOne, tolerance));
    checks.add(Check.lessOrEqual(MILESTONES, "u_l^2 <= 3(u*)^2/2 at every step (S)", highestEver,
        1.5, tolerance));
    int m0 = window.halvings();
    double scale = Math.pow(2, -m0);
    if (!algorithmTwo) {
      int phaseTwo = (int) Math.ceil(window.lowerSteps());
      double magnitudeGap = 0;
      double lowestCosine = 1;
      double[] u = run.u(phaseTwo);
      double[] v = run.v(phaseTwo);
      for (int l = 0; l < targets.length; l++) {
        if (targets[l] > 0) {
          magnitudeGap = Math.max(magnitudeGap, Math.abs(u[l] * u[l] - targets[l]));
          double cosine = 0;
          for (int i : groups.members(l)) {
            cosine += v[i] * wStar[i] / targets[l];
          }
          lowestCosine = Math.min(lowestCosine, cosine);
        }
      }
      checks.add(Check.lessOrEqual(MILESTONES, "phase 2 at ceil(T_1 + T_2): |u_l^2 - (u*)^2| <="
          + " 2^{-m_0} (u*_max)^2", magnitudeGap, scale * window.uStarMaxSquared(), tolerance));
      checks.add(Check.lessOrEqual(MILESTONES, "phase 2: 1 - 2^{-2 m_0}/5 <= <v_l, v_l*>",
          1 - scale * scale / 5, lowestCosine, tolerance));
    }
    int start = (int) Math.ceil(window.lowerSteps());
    double supportError = 0;
    double offSupport = 0;
    double lowestAfterSwitch = Double.POSITIVE_INFINITY;
    long switchStep = run.switchStep();
    for (int k = 0; k < recorded; k++) {
      double[] u = run.u(k);
      double[] w = run.w(k);
      for (int l = 0; l < targets.length; l++) {
        if (targets[l] > 0 && algorithmTwo && switchStep >= 0 && k >= switchStep) {
          lowestAfterSwitch = Math.min(lowestAfterSwitch, u[l] * u[l] / targets[l]);
        }
        if (k < start) {
          continue;
        }
        if (targets[l] > 0) {
          for (int i : groups.members(l)) {
            supportError = Math.max(supportError, Math.abs(w[i] - wStar[i]));
          }
        } else {
          offSupport = Math.max(offSupport, u[l]);
        }
      }
    }
    double zeta = window.zeta();
    checks.add(Check.lessOrEqual(id, "support ||u_l^2 v_l - w_l*||_inf <= (2 + 2 sqrt(2/5)) zeta"
        + " on [T_lb, 2 T_lb]", supportError, (2 + 2 * Math.sqrt(0.4)) * zeta, tolerance));
    checks.add(Check.lessOrEqual(id, "off-support u_l <= sqrt(alpha) on [T_lb, 2 T_lb]",
        offSupport, Math.sqrt(window.alpha()), tolerance));
    if (algorithmTwo) {
      checks.add(Check.lessOrEqual("LNHW:rem-4.5", "switch recorded (theoretical rule): T_s >= 0",
          0, switchStep, 0));
      checks.add(Check.lessOrEqual("LNHW:rem-4.5", "after the switch u_l^2 >= (u*)^2/2 (S)", 0.5,
          lowestAfterSwitch, tolerance));
    }
    return checks;
  }

  private static boolean unitDirections(EarlyStoppingInstance instance) {
    GroupPartition groups = instance.groups();
    double[] v0 = instance.v0();
    if (v0.length != groups.dimension()) {
      return false;
    }
    for (int l = 0; l < groups.groupCount(); l++) {
      double norm = 0;
      for (int i : groups.members(l)) {
        norm += v0[i] * v0[i];
      }
      if (!(Math.abs(Math.sqrt(norm) - 1) <= LnhwTolerances.NORMALISED)) {
        return false;
      }
    }
    return true;
  }
}
