package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.RateDominanceInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG remark 3.3: the first term of Theorem 3.1's test-loss bound
 * {@code sqrt(s) log^2(d) (sigma sqrt(log(d)/n) + sigma sqrt(n/d))} dominates exactly when
 * {@code n^2 <= d log d}, and the bound is then at most {@code 2 sigma sqrt(s log^5(d)/n)}, since
 * {@code sqrt(s) log^2(d) sigma sqrt(log(d)/n) = sigma sqrt(s log^5(d)/n)}.
 *
 * <p>Checks: the equivalence {@code [sigma sqrt(log d/n) >= sigma sqrt(n/d)] = [n^2 <= d log d]}
 * (both decided in double; the hypothesis keeps {@code n^2} at least {@code 1e-9} relative away
 * from {@code d log d}, where rounding cannot flip either side); the identity of the two forms
 * of the rate (relative tolerance {@link ZgTolerances#RIP_EXPONENT}); the bound
 * {@code <= 2 sigma sqrt(s log^5(d)/n)} when the first term dominates; and for the experiments'
 * {@code n = 3 sqrt(d)}, that dominance is {@code log d >= 9} (d at least {@code e^9 ~ 8103}).
 * Cost O(1). The remark's comparison with the minimax rate (a cited lower bound) is not checked.
 *
 * <p>Spec: {@code ZG:rem-3.3}.
 */
public final class RateDominanceRemarkChecker extends TheoremChecker<RateDominanceInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-3.3";

  /** Relative distance of {@code n^2} from {@code d log d} below which the instance is refused. */
  public static final double BOUNDARY_GAP = 1e-9;

  /** The checker. */
  public RateDominanceRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(RateDominanceInstance instance) {
    return "d=" + instance.d() + ", n=" + instance.n() + ", s=" + instance.s() + ", sigma="
        + instance.sigma();
  }

  @Override
  protected List<Check> evaluate(RateDominanceInstance instance, Hypotheses hypotheses) {
    long d = instance.d();
    long n = instance.n();
    double criterion = (double) d * Math.log(d);
    double squared = (double) n * n;
    if (!hypotheses.require("d >= 2, n >= 1, s >= 1", d >= 2 && n >= 1 && instance.s() >= 1)
        || !hypotheses.require("sigma > 0", instance.sigma() > 0
            && Double.isFinite(instance.sigma()))
        || !hypotheses.require("n^2 not within 1e-9 of d log d",
            Math.abs(squared - criterion) > BOUNDARY_GAP * criterion)) {
      return List.of();
    }
    double tolerance = ZgTolerances.RIP_EXPONENT;
    List<Check> checks = new ArrayList<>();
    double first = instance.noiseTerm();
    boolean dominates = first >= instance.interpolationTerm();
    boolean smallSample = squared <= criterion;
    checks.add(Check.equal(SPEC_ID, "first term dominates iff n^2 <= d log d",
        dominates ? 1 : 0, smallSample ? 1 : 0, 0.0));
    double logD = Math.log(d);
    double sigma = instance.sigma();
    double rate = sigma * Math.sqrt(instance.s() * Math.pow(logD, 5) / n);
    checks.add(Check.equal(SPEC_ID,
        "sqrt(s) log^2(d) sigma sqrt(log(d)/n) = sigma sqrt(s log^5(d)/n)",
        Math.sqrt(instance.s()) * logD * logD * first, rate, tolerance));
    if (dominates) {
      double bound = Math.sqrt(instance.s()) * logD * logD
          * (first + instance.interpolationTerm());
      checks.add(Check.lessOrEqual(SPEC_ID, "bound <= 2 sigma sqrt(s log^5(d)/n)", bound,
          2 * rate, tolerance));
    }
    if (instance.experimentsSampleSize()) {
      checks.add(Check.equal(SPEC_ID, "n = 3 sqrt(d): dominance iff log d >= 9",
          smallSample ? 1 : 0, logD >= 9 ? 1 : 0, 0.0));
    }
    return checks;
  }
}
