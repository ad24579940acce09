package org.tacit.group.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.model.EscapeTimeInstance;
import org.tacit.group.model.EscapeTimes;
import org.tacit.group.model.HighPrecisionTimes;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * LNHW Lemma 5 (Appendix B): if {@code (1/2) d(u^2)/dt <= u^6 + sqrt(2) u^4 B} and
 * {@code u(0) = theta}, then {@code u(t) <= sqrt(theta)} for {@code t <= T}.
 *
 * <p>The flow with equality ({@code u' = u^5 + sqrt(2) B u^3}) meets the hypothesis and is the
 * fastest such flow (comparison), so the lemma holds for a time {@code T} iff {@code T <= t*}, its
 * crossing time of {@code sqrt(theta)} ({@link EscapeTimes#crossingTime}, closed form, 60 digits).
 * {@link StatementForm#CORRECTED} checks {@code T_c = log(1/theta)/(2 theta^2 + 2 sqrt(2) theta B)
 * <= t*} (the exponential comparison done without dropping the factor 2 of
 * {@code d(u^2)/dt <= u^2 (2 u^4 + 2 sqrt(2) u^2 B)}); {@link StatementForm#PRINTED} checks the
 * statement's {@code T = log(1/theta)/(2 theta^2 + theta sqrt(2B))} and the proof's
 * {@code T = log(1/theta)/(2 theta^2 + sqrt(2) theta B)} against {@code t*} (both false in general,
 * see {@code spec/LNHW.yaml}). Both forms also check that the closed form lies between the Riemann
 * bounds of the integral (an independent evaluation). Comparisons are exact on rigorous rational
 * bounds of the 60-digit values ({@link HighPrecisionTimes}). Cost: about ten 60-digit logarithms.
 *
 * <p>Spec: {@code LNHW:lem-5}.
 */
public final class SlowGrowthEscapeLemmaChecker extends TheoremChecker<EscapeTimeInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "LNHW:lem-5";

  private static final BigRational LARGEST_THETA = BigRational.of(9, 10);

  private static final BigRational SMALLEST_B = BigRational.of(1, 1_000_000);

  private final StatementForm form;

  /** The checker of the corrected statement (the one registered). */
  public SlowGrowthEscapeLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public SlowGrowthEscapeLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(EscapeTimeInstance instance) {
    return "theta=" + instance.theta() + ", B=" + instance.bound() + " (" + form + ")";
  }

  @Override
  protected List<Check> evaluate(EscapeTimeInstance instance, Hypotheses hypotheses) {
    BigRational theta = instance.theta();
    if (!hypotheses.require("0 < theta < 1",
            theta.signum() > 0 && theta.compareTo(BigRational.ONE) < 0)
        || !hypotheses.require("B > 0", instance.bound().signum() > 0)
        || !hypotheses.require("theta <= 9/10 and B >= 1e-6 (range of the 60-digit closed form)",
            theta.compareTo(LARGEST_THETA) <= 0 && instance.bound().compareTo(SMALLEST_B) >= 0)) {
      return List.of();
    }
    BigDecimal crossing = EscapeTimes.crossingTime(instance);
    BigDecimal[] riemann = EscapeTimes.riemannBounds(instance);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual(SPEC_ID, "closed form t* >= (sqrt(theta) - theta) f(sqrt(theta))",
        HighPrecisionTimes.upper(riemann[0]), HighPrecisionTimes.lower(crossing)));
    checks.add(Check.lessOrEqual(SPEC_ID, "closed form t* <= (sqrt(theta) - theta) f(theta)",
        HighPrecisionTimes.upper(crossing), HighPrecisionTimes.lower(riemann[1])));
    if (form == StatementForm.CORRECTED) {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "T_c = log(1/theta)/(2 theta^2 + 2 sqrt(2) theta B) <= t*",
          HighPrecisionTimes.upper(EscapeTimes.time(instance,
              EscapeTimes.correctedCoefficient(instance))), HighPrecisionTimes.lower(crossing)));
    } else {
      checks.add(Check.lessOrEqual(SPEC_ID,
          "printed statement T = log(1/theta)/(2 theta^2 + theta sqrt(2B)) <= t*",
          HighPrecisionTimes.upper(EscapeTimes.time(instance,
              EscapeTimes.statementCoefficient(instance))), HighPrecisionTimes.lower(crossing)));
      checks.add(Check.lessOrEqual(SPEC_ID,
          "printed proof T = log(1/theta)/(2 theta^2 + sqrt(2) theta B) <= t*",
          HighPrecisionTimes.upper(EscapeTimes.time(instance,
              EscapeTimes.proofCoefficient(instance))), HighPrecisionTimes.lower(crossing)));
    }
    return checks;
  }
}
