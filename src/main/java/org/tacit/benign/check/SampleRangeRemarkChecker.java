package org.tacit.benign.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.benign.model.SampleRangeInstance;
import org.tacit.benign.model.ZgTolerances;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * ZG remark A.1: plugging Proposition A.1's Gaussian RIP level
 * {@code delta = c2 sqrt(((s+1)/n) log(d/(s+1)))} into Assumption 2.2's requirement
 * {@code delta <= c_delta (1 + n/(sqrt(d) log d))^{-1} s^{-3/2} log^{-3}(d)} "only requires
 * Omega~(s^4) <= n <= O~(d/s^4)". With the notation of {@link SampleRangeInstance}, the
 * requirement is {@code u^2 - (c b/sqrt(a)) u + b <= 0} for {@code u = sqrt(n)}: admissible n form
 * the interval {@code [u_-^2, u_+^2]} of the roots, non-empty iff {@code 4a <= c^2 b} (the minimum
 * of f is at n = b). Vieta gives {@code n_- n_+ = b^2}, and the roots' brackets
 * {@code u_- in [b/beta, 2b/beta]}, {@code u_+ in [beta/2, beta]} ({@code beta = c b/sqrt(a)})
 * give the explicit forms of the remark:
 * {@code a/c^2 <= n_- <= 4a/c^2} with {@code a/c^2 = (c2/c_delta)^2 (s+1) s^3 log(d/(s+1)) log^6 d
 * = Theta~(s^4)} and {@code c^2 b^2/(4a) <= n_+ <= c^2 b^2/a} with {@code c^2 b^2/a = (c_delta/c2)^2
 * d log^2 d / ((s+1) s^3 log(d/(s+1)) log^6 d) = Theta~(d/s^4)}.
 *
 * <p>Checks (double, relative tolerance {@link ZgTolerances#RIP_EXPONENT}; f evaluated directly,
 * independently of the root formula): non-emptiness equals {@code f(b) <= c}; when non-empty, the
 * requirement holds at {@code n_-}, {@code n_+} and {@code b} with equality at the ends,
 * fails just outside ({@code n_-/2} and {@code 2 n_+}), {@code n_- n_+ = b^2}, and the two
 * brackets. The OCR'd factor is read as {@code n/(sqrt(d) log d)} (spec). Cost O(1).
 *
 * <p>Spec: {@code ZG:rem-A.1}; the range's emptiness with unit constants below d ~ 1e27 is the
 * diagnostic of {@code ZG:asm-2.2}.
 */
public final class SampleRangeRemarkChecker extends TheoremChecker<SampleRangeInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "ZG:rem-A.1";

  /** The checker. */
  public SampleRangeRemarkChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(SampleRangeInstance instance) {
    return "d=" + instance.d() + ", s=" + instance.s() + ", c2=" + instance.c2() + ", c_delta="
        + instance.cDelta();
  }

  /** The admissible interval {@code [n_-, n_+]}, or empty (length-0 array) when there is none. */
  public static double[] admissibleRange(SampleRangeInstance instance) {
    double a = instance.a();
    double b = instance.b();
    double beta = instance.c() * b / Math.sqrt(a);
    double discriminant = beta * beta - 4 * b;
    if (discriminant < 0) {
      return new double[0];
    }
    double root = Math.sqrt(discriminant);
    double upper = (beta + root) / 2;
    double lower = b / upper;
    return new double[] {lower * lower, upper * upper};
  }

  @Override
  protected List<Check> evaluate(SampleRangeInstance instance, Hypotheses hypotheses) {
    double d = instance.d();
    int s = instance.s();
    if (!hypotheses.require("s >= 1, d > e (s + 1)", s >= 1 && Double.isFinite(d)
            && d > Math.E * (s + 1))
        || !hypotheses.require("c2, c_delta > 0", instance.c2() > 0 && instance.cDelta() > 0)) {
      return List.of();
    }
    double tol = ZgTolerances.RIP_EXPONENT;
    List<Check> checks = new ArrayList<>();
    double a = instance.a();
    double b = instance.b();
    double c = instance.c();
    double[] range = admissibleRange(instance);
    boolean feasibleAtMinimum = instance.requirementRatio(b) <= 1;
    checks.add(Check.equal(SPEC_ID, "range non-empty iff the requirement holds at n = b",
        range.length > 0 ? 1 : 0, feasibleAtMinimum ? 1 : 0, 0.0));
    if (range.length == 0) {
      checks.add(Check.lessOrEqual(SPEC_ID, "empty: c^2 b < 4a", c * c * b, 4 * a, tol));
      return checks;
    }
    double low = range[0];
    double high = range[1];
    checks.add(Check.equal(SPEC_ID, "f(n_-) = c", instance.requirementRatio(low), 1, tol));
    checks.add(Check.equal(SPEC_ID, "f(n_+) = c", instance.requirementRatio(high), 1, tol));
    checks.add(Check.less(SPEC_ID, "f(n_-/2) > c", 1, instance.requirementRatio(low / 2)));
    checks.add(Check.less(SPEC_ID, "f(2 n_+) > c", 1, instance.requirementRatio(2 * high)));
    checks.add(Check.equal(SPEC_ID, "n_- n_+ = b^2 (Vieta)", low * high, b * b, tol));
    double lowScale = a / (c * c);
    checks.add(Check.lessOrEqual(SPEC_ID, "a/c^2 <= n_- (Omega~(s^4))", lowScale, low, tol));
    checks.add(Check.lessOrEqual(SPEC_ID, "n_- <= 4 a/c^2", low, 4 * lowScale, tol));
    double highScale = c * c * b * b / a;
    checks.add(Check.lessOrEqual(SPEC_ID, "c^2 b^2/(4a) <= n_+", highScale / 4, high, tol));
    checks.add(Check.lessOrEqual(SPEC_ID, "n_+ <= c^2 b^2/a (O~(d/s^4))", high, highScale, tol));
    double log = Math.log(d);
    double ratio = instance.c2() / instance.cDelta();
    checks.add(Check.equal(SPEC_ID,
        "a/c^2 = (c2/c_delta)^2 (s+1) s^3 log(d/(s+1)) log^6 d", lowScale,
        ratio * ratio * (s + 1) * Math.pow(s, 3) * Math.log(d / (s + 1)) * Math.pow(log, 6),
        tol));
    return checks;
  }
}
