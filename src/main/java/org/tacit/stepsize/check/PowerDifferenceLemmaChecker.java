package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.stepsize.model.PowerDifferenceInstance;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

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
public final class PowerDifferenceLemmaChecker implements TheoremChecker<PowerDifferenceInstance> {

  /** The spec ID. */
  public static final String SPEC_ID = "NRSS:lem-A.1";

  @Override
  public String specId() {
    return SPEC_ID;
  }

  @Override
  public String describe(PowerDifferenceInstance instance) {
    return "a=" + instance.a() + ", b=" + instance.b() + ", p=" + instance.p();
  }

  @Override
  public Verdict check(PowerDifferenceInstance instance) {
    BigRational a = instance.a();
    BigRational b = instance.b();
    int p = instance.p();
    String label = describe(instance);
    if (a.signum() < 0 || b.signum() < 0) {
      return Verdict.hypothesisFailed(SPEC_ID, label, "a, b >= 0");
    }
    if (p < 1) {
      return Verdict.hypothesisFailed(SPEC_ID, label, "p >= 1");
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
    return Verdict.of(SPEC_ID, label, checks);
  }

  /**
   * Built-in instances: {@code a, b} rationals with numerators in {@code [0, 1000]} and
   * denominators in {@code [1, 50]}, one time in eight equal (the trivial case of the proof) and one
   * in eight with a zero; {@code p} in {@code [1, 12]}.
   */
  public static InstanceFamily<PowerDifferenceInstance> family() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "rational a, b >= 0 (num <= 1000, den <= 50), integer p in [1, 12]";
      }

      @Override
      public PowerDifferenceInstance draw(Draws draws) {
        BigRational a = BigRational.of(draws.between(0, 1000), draws.between(1, 50));
        long shape = draws.between(0, 7);
        BigRational b = shape == 0 ? a : shape == 1 ? BigRational.ZERO
            : BigRational.of(draws.between(0, 1000), draws.between(1, 50));
        return new PowerDifferenceInstance(a, b, draws.intBetween(1, 12));
      }
    };
  }
}
