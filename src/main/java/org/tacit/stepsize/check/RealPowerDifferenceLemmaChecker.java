package org.tacit.stepsize.check;

import java.util.ArrayList;
import java.util.List;
import org.tacit.verify.Check;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.TheoremChecker;
import org.tacit.verify.Verdict;

/**
 * NRSS Lemma A.1 in double precision for real exponents: for {@code a, b >= 0} and real
 * {@code p >= 1}, {@code a^p + b^p >= |a - b|^p}, with the proof's Bernoulli step
 * {@code (1 + lo/m)^p >= 1 + p lo/m} for {@code m = |a - b| > 0}.
 *
 * <p>Tolerance: {@code Math.pow} is within 1 ulp and {@code |a - b|}, {@code lo/m} carry one
 * rounding each, which the exponent amplifies by a factor {@code p}; every check therefore allows
 * a relative error of {@code (p + 4) * 2^-52}.
 *
 * <p>Spec: {@code NRSS:lem-A.1}.
 */
public final class RealPowerDifferenceLemmaChecker implements TheoremChecker<RealPowerDifferenceLemmaChecker.Instance> {

  /**
   * A real instance.
   *
   * @param a first non-negative number
   * @param b second non-negative number
   * @param p the exponent, at least 1
   */
  public record Instance(double a, double b, double p) {}

  @Override
  public String specId() {
    return PowerDifferenceLemmaChecker.SPEC_ID;
  }

  @Override
  public String describe(Instance instance) {
    return "a=" + instance.a() + ", b=" + instance.b() + ", p=" + instance.p();
  }

  @Override
  public Verdict check(Instance instance) {
    double a = instance.a();
    double b = instance.b();
    double p = instance.p();
    String id = specId();
    String label = describe(instance);
    if (!(a >= 0 && b >= 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
      return Verdict.hypothesisFailed(id, label, "a, b >= 0 and finite");
    }
    if (!(p >= 1) || Double.isInfinite(p)) {
      return Verdict.hypothesisFailed(id, label, "p >= 1 and finite");
    }
    double tolerance = (p + 4) * 0x1.0p-52;
    List<Check> checks = new ArrayList<>();
    double m = Math.abs(a - b);
    checks.add(Check.lessOrEqual(id, "|a-b|^p <= a^p + b^p", Math.pow(m, p),
        Math.pow(a, p) + Math.pow(b, p), tolerance));
    if (m > 0) {
      double ratio = Math.min(a, b) / m;
      checks.add(Check.lessOrEqual(id, "Bernoulli: 1 + p lo/m <= (1 + lo/m)^p", 1 + p * ratio,
          Math.pow(1 + ratio, p), tolerance));
    }
    return Verdict.of(id, label, checks);
  }

  /** Built-in instances: {@code a, b} uniform on {@code [0, 100)}, {@code p} uniform on {@code [1, 10)}. */
  public static InstanceFamily<Instance> family() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "real a, b in [0, 100), real p in [1, 10)";
      }

      @Override
      public Instance draw(Draws draws) {
        return new Instance(draws.uniform(0, 100), draws.uniform(0, 100), draws.uniform(1, 10));
      }
    };
  }
}
