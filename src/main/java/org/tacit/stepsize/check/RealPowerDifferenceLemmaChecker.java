package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.stepsize.model.RealPowerDifferenceInstance;
import org.tacit.stepsize.model.StepSizeTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * NRSS Lemma A.1 in double precision for real exponents: for {@code a, b >= 0} and real
 * {@code p >= 1}, {@code a^p + b^p >= |a - b|^p}, with the proof's Bernoulli step
 * {@code (1 + lo/m)^p >= 1 + p lo/m} for {@code m = |a - b| > 0}.
 *
 * <p>Hypotheses: {@code a, b >= 0} and finite; {@code p >= 1} and finite. Tolerance:
 * {@link StepSizeTolerances#powerRounding}. Cost: O(1).
 *
 * <p>Spec: {@code NRSS:lem-A.1}.
 */
public final class RealPowerDifferenceLemmaChecker
    extends TheoremChecker<RealPowerDifferenceInstance> {

  /** The checker (stateless). */
  public RealPowerDifferenceLemmaChecker() {
    super(PowerDifferenceLemmaChecker.SPEC_ID);
  }

  @Override
  public String describe(RealPowerDifferenceInstance instance) {
    return "a=" + instance.a() + ", b=" + instance.b() + ", p=" + instance.p();
  }

  @Override
  protected List<Check> evaluate(RealPowerDifferenceInstance instance, Hypotheses hypotheses) {
    double a = instance.a();
    double b = instance.b();
    double p = instance.p();
    if (!hypotheses.require("a, b >= 0 and finite",
            a >= 0 && b >= 0 && !Double.isInfinite(a) && !Double.isInfinite(b))
        || !hypotheses.require("p >= 1 and finite", p >= 1 && !Double.isInfinite(p))) {
      return List.of();
    }
    String id = specId();
    double tolerance = StepSizeTolerances.powerRounding(p);
    List<Check> checks = new ArrayList<>();
    double m = Math.abs(a - b);
    checks.add(Check.lessOrEqual(id, "|a-b|^p <= a^p + b^p", Math.pow(m, p),
        Math.pow(a, p) + Math.pow(b, p), tolerance));
    if (m > 0) {
      double ratio = Math.min(a, b) / m;
      checks.add(Check.lessOrEqual(id, "Bernoulli: 1 + p lo/m <= (1 + lo/m)^p", 1 + p * ratio,
          Math.pow(1 + ratio, p), tolerance));
    }
    return checks;
  }
}
