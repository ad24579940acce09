package org.tacit.group.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.group.model.IterationWindow;
import org.tacit.group.model.LnhwTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * The iteration window of LNHW Theorem 3 and the last step of its proof (Appendix D.1): the proof
 * claims {@code T_1 <= T_3/2} and {@code T_2 <= T_3/2}, so that {@code T_lb = T_1 + T_2 <= T_3},
 * where {@code T_3 = log(1/alpha^4)/(32 gamma B)} with {@code B <= m/10}; at that bound
 * {@code T_3 = T_ub = (5/(16 gamma m)) log(1/alpha^4)}, the theorem's upper end.
 *
 * <p>Printed ({@link StatementForm#PRINTED}): {@code T_1 <= T_ub/2} and {@code T_lb <= T_ub}. Both
 * fail: since {@code log(1 + x) <= x}, {@code T_1 >= (2 log(1/alpha) + log((u*_max)^2/2))/(gamma
 * m)}, while {@code T_ub/2 = (5/(8 gamma m)) log(1/alpha)}; so {@code T_1 - T_ub/2 >= (1.375
 * log(1/alpha) + log((u*_max)^2/2))/(gamma m) > 0} for every admissible parameter set (when
 * {@code (u*_max)^2 < 2}, {@code log(1/alpha) > log(80/(u*_max)^2) > log(2/(u*_max)^2)}). The
 * window {@code [T_lb, T_ub]} of the statement is then empty whenever also
 * {@code 0.75 log(1/alpha) > log(2/(u*_max)^2)}, e.g. for every {@code (u*_max)^2 >= 2}.
 *
 * <p>The window argument treats the case {@code zeta <= (u*_max)^2} (otherwise the bound holds at
 * initialisation), so that {@code gamma m <= 1/20}; that case is a hypothesis here.
 *
 * <p>Corrected ({@link StatementForm#CORRECTED}, registered): the relations that do hold, each a
 * proof step: the proof's bound {@code T_1 <= (2/(gamma m)) log((u*_max)^2/(2 alpha^2))}; the
 * elementary lower bound {@code T_1 >= log((u*_max)^2/(2 alpha^2))/(gamma m)}; and the resulting
 * {@code T_ub/2 < T_1}, which refutes the proof's claim. Whether Algorithm 1 nevertheless attains
 * the error bounds (it does on the inventory's instance from t = 328 on) is a property of runs,
 * not of these counts. Tolerance {@link LnhwTolerances#ITERATION_COUNTS}; O(1).
 *
 * <p>Spec: {@code LNHW:rem-D.1.2}, {@code LNHW:thm-3}, {@code LNHW:rem-4.2}.
 */
public final class IterationWindowChecker extends TheoremChecker<IterationWindow> {

  /** The spec ID of the proof step. */
  public static final String SPEC_ID = "LNHW:rem-D.1.2";

  /** The spec ID of the theorem whose window it is. */
  public static final String THEOREM_ID = "LNHW:thm-3";

  private final StatementForm form;

  /** The corrected form (registered). */
  public IterationWindowChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The given form. */
  public IterationWindowChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(IterationWindow window) {
    return String.format("(u*_min)^2=%.4g, (u*_max)^2=%.4g, L=%d, s=%d, eps=%.3g, "
        + "||X^T xi/n||_inf=%.3g, alpha=%.4g, gamma=%.4g", window.uStarMinSquared(),
        window.uStarMaxSquared(), window.groupCount(), window.supportGroups(), window.epsilon(),
        window.noiseInf(), window.alpha(), window.gamma());
  }

  @Override
  protected List<Check> evaluate(IterationWindow window, Hypotheses hypotheses) {
    if (!hypotheses.require("0 < (u*_min)^2 <= (u*_max)^2", window.uStarMinSquared() > 0
            && window.uStarMinSquared() <= window.uStarMaxSquared()
            && Double.isFinite(window.uStarMaxSquared()))
        || !hypotheses.require("1 <= s <= L", window.supportGroups() >= 1
            && window.supportGroups() <= window.groupCount())
        || !hypotheses.require("eps > 0", window.epsilon() > 0)
        || !hypotheses.require("||X^T xi/n||_inf >= 0", window.noiseInf() >= 0)
        || !hypotheses.require("0 < alpha < min(min(eps^4, 1)/(u*_max)^8, (u*_min)^2/(80L),"
            + " eps/L)", window.alpha() > 0 && window.alpha() < window.alphaBound())
        || !hypotheses.require("0 < gamma <= 1/(20 (u*_max)^2)", window.gamma() > 0
            && window.gamma() <= window.gammaBound())
        || !hypotheses.require("zeta <= (u*_max)^2 (the case the window argument treats)",
            window.zeta() <= window.uStarMaxSquared())) {
      return List.of();
    }
    double tolerance = LnhwTolerances.ITERATION_COUNTS;
    double phaseOne = window.phaseOneSteps();
    double upper = window.upperSteps();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.equal(THEOREM_ID, "T_ub = T_3 at the proof's B = m/10",
        window.offSupportSteps(window.m() / 10), upper, tolerance));
    if (form == StatementForm.PRINTED) {
      checks.add(Check.lessOrEqual(SPEC_ID, "T_1 <= T_3/2 (T_3 = T_ub)", phaseOne, upper / 2,
          tolerance));
      checks.add(Check.lessOrEqual(THEOREM_ID, "T_lb <= T_ub", window.lowerSteps(), upper,
          tolerance));
      return checks;
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "T_1 <= (2/(gamma m)) log((u*_max)^2/(2 alpha^2))",
        phaseOne, window.phaseOneBound(), tolerance));
    checks.add(Check.lessOrEqual(SPEC_ID, "log((u*_max)^2/(2 alpha^2))/(gamma m) <= T_1",
        window.phaseOneFloor(), phaseOne, tolerance));
    checks.add(Check.less(SPEC_ID, "T_ub/2 < T_1 (the proof's T_1 <= T_3/2 fails)", upper / 2,
        phaseOne));
    return checks;
  }
}
