package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.group.model.ConvergenceTimeInstance;
import org.tacit.group.model.ConvergenceTimes;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 6 (Appendix B): a flow with
 * {@code (1/2) d(u^2)/dt >= (1 - 2B) sqrt(2) u^3 (u*)^2 - u^6 - sqrt(2) u^3 B (u*)^2},
 * {@code 0 < B < 1/10}, {@code u(0) = theta < u* / 2} reaches the magnitude of {@code u*} after the
 * printed time {@code T = T_1 + T_2 log2(1/(2 tau))}.
 *
 * <p>Every such flow stays above the slowest one, {@code u' = a u^2 - u^5},
 * {@code a = sqrt(2)(1 - 3B)(u*)^2}, which increases to its fixed point
 * {@code u^3/sqrt(2) = (1 - 3B)(u*)^2}. {@link StatementForm#CORRECTED} checks the one-sided
 * conclusion {@code u^3/sqrt(2) >= (1 - 3B - tau)(u*)^2} for {@code t >= T} through the slowest
 * flow's hitting time of that level ({@link ConvergenceTimes}, closed form, double), and the
 * proof's first phase (level {@code (u*)^2/2} within {@code T_1}). {@link StatementForm#PRINTED}
 * checks the printed two-sided conclusion {@code |u^3/sqrt(2) - (u*)^2| < (1 - 3B - tau)(u*)^2} on
 * two flows that meet the hypothesis: the slowest flow in its limit (gap {@code 3B (u*)^2}) and the
 * fast flow {@code u = theta e^(k t)} with {@code k = (3/4) a (a/4)^(1/3) = max_u (a u - u^4)}
 * at {@code t = T} (compared in logarithms); both fail in general (see {@code spec/LNHW.yaml}).
 * Double precision with {@link LnhwTolerances#GROWTH_TIME}. Cost: O(1).
 *
 * <p>Spec: {@code LNHW:lem-6}.
 */
public final class GrowthConvergenceLemmaChecker extends TheoremChecker<ConvergenceTimeInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-6";

  private static final double SMALLEST_THETA_RATIO = 1e-4;

  private static final double SMALLEST_TAU = 1e-6;

  private final StatementForm form;

  /** The checker of the corrected (one-sided) statement, the one registered. */
  public GrowthConvergenceLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public GrowthConvergenceLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(ConvergenceTimeInstance instance) {
    return "u*=" + instance.uStar() + ", B=" + instance.bound() + ", tau=" + instance.tau()
        + ", theta=" + instance.theta() + " (" + form + ")";
  }

  @Override
  protected List<Check> evaluate(ConvergenceTimeInstance instance, Hypotheses hypotheses) {
    double uStar = instance.uStar();
    double b = instance.bound();
    double tau = instance.tau();
    double theta = instance.theta();
    if (!hypotheses.require("u* > 0", uStar > 0)
        || !hypotheses.require("0 < B < 1/10", b > 0 && b < 0.1)
        || !hypotheses.require("0 < tau < 1/2", tau > 0 && tau < 0.5)
        || !hypotheses.require("0 < theta < u*/2", theta > 0 && theta < uStar / 2)
        || !hypotheses.require("theta >= 1e-4 u* and tau >= 1e-6 (range of the closed form)",
            theta >= SMALLEST_THETA_RATIO * uStar && tau >= SMALLEST_TAU)) {
      return List.of();
    }
    double printedTime = ConvergenceTimes.printedTime(instance);
    List<Check> checks = new ArrayList<>();
    if (form == StatementForm.CORRECTED) {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "proof phase 1: slowest flow reaches u^3/sqrt(2) >= (u*)^2/2 within T_1",
          ConvergenceTimes.hittingTime(instance, 0.5), ConvergenceTimes.firstPhase(instance),
          LnhwTolerances.GROWTH_TIME));
      checks.add(Check.lessOrEqual(SPEC_ID,
          "u^3/sqrt(2) >= (1 - 3B - tau)(u*)^2 for t >= T: slowest flow's hitting time <= T",
          ConvergenceTimes.hittingTime(instance, 1 - 3 * b - tau), printedTime,
          LnhwTolerances.GROWTH_TIME));
    } else {
      checks.add(Check.less(SPEC_ID,
          "printed |u^3/sqrt(2) - (u*)^2| < (1 - 3B - tau)(u*)^2 on the slowest flow's limit:"
              + " 3B < 1 - 3B - tau", 3 * b, 1 - 3 * b - tau));
      double a = ConvergenceTimes.rate(instance);
      double k = 0.75 * a * Math.cbrt(a / 4);
      double logMagnitude = Math.log(theta) + k * printedTime;
      checks.add(Check.less(SPEC_ID,
          "printed upper side on the fast flow u = theta e^(k t) at t = T (logs):"
              + " 3 log u(T) < log(sqrt(2)(2 - 3B - tau)(u*)^2)", 3 * logMagnitude,
          Math.log(Math.sqrt(2) * (2 - 3 * b - tau) * uStar * uStar)));
    }
    return checks;
  }
}
