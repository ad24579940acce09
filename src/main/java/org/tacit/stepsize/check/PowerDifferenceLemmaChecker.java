package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.stepsize.model.PowerDifferenceInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Hypotheses;
import org.tacit.verify.TheoremChecker;

/**
 * NRSS Lemma A.1, decided exactly: for {@code a, b >= 0} and integer {@code p >= 1},
 * {@code a^p + b^p >= |a - b|^p}.
 *
 * <p>Besides the statement, the checker mirrors the proof of Appendix A.3: with
 * {@code hi = max(a, b)}, {@code lo = min(a, b)} and {@code m = hi - lo > 0},
 * (1) Bernoulli's inequality {@code (1 + lo/m)^p >= 1 + p lo/m}, and (2) the resulting bound
 * {@code a^p + b^p - m^p >= p lo m^(p-1) + lo^p}, whose right side is non-negative. When
 * {@code a = b} the proof's first remark (the inequality is trivial) applies and only the statement
 * is checked. All checks are exact (tolerance 0). Cost: O(p) big-number multiplications.
 *
 * <p>Spec: {@code NRSS:lem-A.1}.
 */
public final class PowerDifferenceLemmaChecker extends TheoremChecker<PowerDifferenceInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-A.1";

  /** The checker (stateless). */
  public PowerDifferenceLemmaChecker() {
    super(SPEC_ID);
  }

  @Override
  public String describe(PowerDifferenceInstance instance) {
    return "a=" + instance.a() + ", b=" + instance.b() + ", p=" + instance.p();
  }

  @Override
  protected List<Check> evaluate(PowerDifferenceInstance instance, Hypotheses hypotheses) {
    BigRational a = instance.a();
    BigRational b = instance.b();
    int p = instance.p();
    if (!hypotheses.require("a, b >= 0", a.signum() >= 0 && b.signum() >= 0)
        || !hypotheses.require("p >= 1", p >= 1)) {
      return List.of();
    }
    List<Check> checks = new ArrayList<>();
    BigRational m = a.subtract(b).abs();
    BigRational sumOfPowers = a.pow(p).add(b.pow(p));
    checks.add(Check.lessOrEqual(SPEC_ID, "|a-b|^p <= a^p + b^p", m.pow(p), sumOfPowers));
    if (!m.isZero()) {
      BigRational lo = a.min(b);
      BigRational ratio = lo.divide(m);
      BigRational exponent = BigRational.of(p);
      checks.add(Check.lessOrEqual(SPEC_ID, "Bernoulli: 1 + p lo/m <= (1 + lo/m)^p",
          BigRational.ONE.add(exponent.multiply(ratio)), BigRational.ONE.add(ratio).pow(p)));
      BigRational bound = exponent.multiply(lo).multiply(m.pow(p - 1)).add(lo.pow(p));
      checks.add(Check.lessOrEqual(SPEC_ID, "p lo m^(p-1) + lo^p <= a^p + b^p - m^p",
          bound, sumOfPowers.subtract(m.pow(p))));
      checks.add(Check.lessOrEqual(SPEC_ID, "0 <= p lo m^(p-1) + lo^p", BigRational.ZERO, bound));
    }
    return checks;
  }
}
