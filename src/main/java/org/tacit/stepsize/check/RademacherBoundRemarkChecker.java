package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.stepsize.model.L1BallRademacher;
import org.tacit.stepsize.model.RademacherInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * NRSS rem-D.8, the Rademacher complexity of the l1 ball in the proof of Lemma D.6: the exact
 * empirical complexity {@code (B/N) E_sigma ||sum_n sigma_n x_n||_inf}
 * ({@link L1BallRademacher}) is at most Massart's bound, and clipping to the box cannot increase
 * it (exact).
 *
 * <p>Forms ({@link StatementForm}): {@link StatementForm#CORRECTED} uses Massart's
 * {@code B max_n ||x_n||_inf sqrt(2 log(2d) / N)}; {@link StatementForm#PRINTED} uses the printed
 * {@code sqrt(2 log d / N)}, which is 0 at d = 1 and fails there (erratum: N = 1, x = 1, B = 1
 * gives complexity 1).
 *
 * <p>Hypotheses: {@code 1 <= N <= }{@link L1BallRademacher#MAX_SAMPLES}, rows of one length
 * {@code d >= 1}, {@code B > 0}, {@code R >= 0}. Tolerance of the bound comparison:
 * {@link StepSizeTolerances#MASSART_ROUNDING} (the bound's sqrt and log are in double). Cost:
 * {@code O(2^N N d)}.
 *
 * <p>Spec: {@code NRSS:rem-D.8}.
 */
public final class RademacherBoundRemarkChecker extends TheoremChecker<RademacherInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:rem-D.8";

  private final StatementForm form;

  /** The checker of the corrected form. */
  public RademacherBoundRemarkChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public RademacherBoundRemarkChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(RademacherInstance instance) {
    BigRational[][] x = instance.samples();
    return "N=" + x.length + " d=" + (x.length == 0 ? 0 : x[0].length) + " B="
        + instance.bound() + (form == StatementForm.PRINTED ? " (log d as printed)" : "");
  }

  @Override
  protected List<Check> evaluate(RademacherInstance instance, Hypotheses hypotheses) {
    BigRational[][] x = instance.samples();
    boolean rectangular = x.length > 0 && x[0].length > 0;
    for (BigRational[] row : x) {
      rectangular &= row.length == x[0].length;
    }
    if (!hypotheses.require("1 <= N <= " + L1BallRademacher.MAX_SAMPLES,
            x.length >= 1 && x.length <= L1BallRademacher.MAX_SAMPLES)
        || !hypotheses.require("samples in R^d, d >= 1", rectangular)
        || !hypotheses.require("B > 0", instance.bound().signum() > 0)
        || !hypotheses.require("R >= 0", instance.radius().signum() >= 0)) {
      return List.of();
    }
    BigRational b = instance.bound();
    BigRational complexity = L1BallRademacher.complexity(x, b);
    BigRational clipped =
        L1BallRademacher.clippedComplexity(x, b, instance.mean(), instance.radius());
    List<Check> checks = new ArrayList<>();
    if (form == StatementForm.PRINTED) {
      checks.add(Check.lessOrEqual(SPEC_ID, "printed: exact complexity <= B max||x||_inf"
          + " sqrt(2 log d / N)", complexity.doubleValue(), L1BallRademacher.printedBound(x, b),
          StepSizeTolerances.MASSART_ROUNDING));
    } else {
      checks.add(Check.lessOrEqual(SPEC_ID, "exact complexity <= Massart bound with log(2d)",
          complexity.doubleValue(), L1BallRademacher.massartBound(x, b),
          StepSizeTolerances.MASSART_ROUNDING));
    }
    checks.add(Check.lessOrEqual(SPEC_ID, "clipped complexity <= complexity", clipped,
        complexity));
    return checks;
  }
}
