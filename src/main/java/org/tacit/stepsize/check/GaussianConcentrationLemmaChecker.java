package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacit.stepsize.model.ConcentrationTrial;
import org.tacit.stepsize.model.GaussianConcentration;
import org.tacit.stepsize.model.GaussianSetting;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.StatementForm;
import org.tacit.verify.TheoremChecker;

/**
 * NRSS Lemmas D.4 and D.5 for Gaussian data with explicit constants ({@link GaussianConcentration}):
 * the exact probability chain of rem-D.4 at the proof's deviation {@code t}, the simulated
 * deviation frequency against its exact probability, and the simulated failure frequencies of
 * (44)/(45) and of Lemma D.5's upper bound against delta, each judged by Bernstein's inequality for binomial counts
 * (false alarm {@link StepSizeTolerances#FALSE_ALARM} per check).
 *
 * <p>Forms ({@link StatementForm}): {@link StatementForm#CORRECTED} checks Lemma D.5 in its
 * corrected Gaussian form ({@link GaussianSetting#correctedUpperBound}: the printed (46)/(47) miss
 * the cross term {@code 2 |mu| s sqrt(2 log(2d/delta)/N)} and fail when {@code mu/s} is large,
 * erratum); {@link StatementForm#PRINTED} also checks the printed (46) and (47) and rem-D.5's
 * printed two-sided display around {@code mu^2 + sigma^2}, whose lower side fails at the paper's
 * Section 7 defaults (erratum).
 *
 * <p>Hypotheses: {@code mu >= t} (so that (44) squares a non-negative number), at least one
 * simulated data set. Tolerances: {@link StepSizeTolerances#PROBABILITY_ROUNDING},
 * {@link StepSizeTolerances#DEVIATION_ROUND_TRIP}, Bernstein allowances. Cost:
 * {@code O(trials d N)}.
 *
 * <p>Spec: {@code NRSS:lem-D.4}, {@code NRSS:eq-44}, {@code NRSS:rem-D.4}, {@code NRSS:eq-45},
 * {@code NRSS:lem-D.5}, {@code NRSS:eq-46}, {@code NRSS:eq-47} (corrected); printed form: the
 * same items as printed and {@code NRSS:rem-D.5}.
 */
public final class GaussianConcentrationLemmaChecker extends TheoremChecker<ConcentrationTrial> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-D.4";

  private final StatementForm form;

  /** The checker of the corrected statements. */
  public GaussianConcentrationLemmaChecker() {
    this(StatementForm.CORRECTED);
  }

  /** The checker of the given form. */
  public GaussianConcentrationLemmaChecker(StatementForm form) {
    super(SPEC_ID);
    this.form = form;
  }

  @Override
  public String describe(ConcentrationTrial instance) {
    GaussianSetting setting = instance.setting();
    return String.format(Locale.ROOT,
        "Gaussian mu=%g s=%g d=%d N=%d delta=%g, %d data sets (seed %d)%s", setting.mean(),
        setting.standardDeviation(), setting.dimension(), setting.samples(), setting.delta(),
        instance.trials(), instance.seed(),
        form == StatementForm.PRINTED ? " (rem-D.5 display as printed)" : "");
  }

  @Override
  protected List<Check> evaluate(ConcentrationTrial instance, Hypotheses hypotheses) {
    GaussianSetting setting = instance.setting();
    double t = setting.deviation();
    int trials = instance.trials();
    if (!hypotheses.require("mu >= t", setting.mean() >= t, "mu = " + setting.mean() + ", t = " + t)
        || !hypotheses.require("at least one simulated data set", trials >= 1)) {
      return List.of();
    }
    double p = GaussianConcentration.singleDeviationProbability(setting, t);
    double exact = GaussianConcentration.exactDeviationProbability(setting, t);
    double union = setting.dimension() * p;
    double hoeffding = GaussianConcentration.hoeffdingUnionBound(setting, t);
    GaussianConcentration.Frequencies f =
        GaussianConcentration.simulate(setting, trials, instance.seed());
    List<Check> checks = new ArrayList<>();
    checks.add(Check.lessOrEqual("NRSS:rem-D.4", "exact P[exists i: xbar_i - mu < -t] <= d p",
        exact, union, StepSizeTolerances.PROBABILITY_ROUNDING));
    checks.add(Check.lessOrEqual("NRSS:rem-D.4", "d p <= d exp(-N c t^2/sigma^2), c = 4/3", union,
        hoeffding, StepSizeTolerances.PROBABILITY_ROUNDING));
    checks.add(Check.lessOrEqual("NRSS:rem-D.4", "d exp(-N c t^2/sigma^2) = delta at the chosen t",
        Math.abs(hoeffding - setting.delta()),
        StepSizeTolerances.DEVIATION_ROUND_TRIP * setting.delta(), 0));
    checks.add(Check.lessOrEqual("NRSS:rem-D.4",
        "|simulated deviation count - trials * exact probability| <= Bernstein allowance",
        Math.abs(f.deviationEvents() - trials * exact),
        GaussianConcentration.deviationAllowance(trials, exact), 0));
    double allowed = GaussianConcentration.allowance(trials, setting.delta());
    checks.add(Check.lessOrEqual("NRSS:eq-44", "(44) failures for some w <= binomial allowance",
        f.lowerFailures(), allowed, 0));
    checks.add(Check.lessOrEqual("NRSS:eq-45", "(45) failures for a random w <= allowance",
        f.lowerFailuresRandomWeight(), allowed, 0));
    checks.add(Check.lessOrEqual("NRSS:lem-D.4", "(44) failures <= deviation events (proof)",
        f.lowerFailures(), f.deviationEvents(), 0));
    for (String id : new String[] {"NRSS:lem-D.5", "NRSS:eq-46", "NRSS:eq-47"}) {
      checks.add(Check.lessOrEqual(id, "corrected (46)/(47): failures of max_i q_i <= mu^2 + s^2"
          + " + 2|mu| s sqrt(2x/N) + s^2 (2 sqrt(x/N) + 2x/N) <= allowance",
          f.correctedUpperFailures(), allowed, 0));
    }
    if (form == StatementForm.PRINTED) {
      checks.add(Check.lessOrEqual("NRSS:eq-46", "printed (46) failures <= allowance",
          f.upper46Failures(), allowed, 0));
      checks.add(Check.lessOrEqual("NRSS:eq-47", "printed (47) failures <= allowance",
          f.upper47Failures(), allowed, 0));
      checks.add(Check.lessOrEqual("NRSS:rem-D.5",
          "printed display: failures of mu^2 + sigma^2 - sigma^2 sqrt(log(2d/delta)/N) <= q_i"
              + " <= allowance", f.displayLowerFailures(), allowed, 0));
      checks.add(Check.lessOrEqual("NRSS:rem-D.5",
          "printed display: failures of q_i <= mu^2 + sigma^2 + sigma^2 sqrt(log(2d/delta)/N)"
              + " <= allowance", f.displayUpperFailures(), allowed, 0));
    }
    return checks;
  }
}
