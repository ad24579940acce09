package org.tacit.stepsize.family;

import org.tacit.exact.BigRational;
import org.tacit.stepsize.model.PowerDifferenceInstance;
import org.tacit.stepsize.model.RealPowerDifferenceInstance;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Built-in instances of NRSS Lemma A.1, exact and in double precision. Both families meet the
 * hypotheses ({@code a, b >= 0}, {@code p >= 1}) by construction.
 *
 * <p>Spec: {@code NRSS:lem-A.1}.
 */
public final class PowerDifferenceFamilies {

  private PowerDifferenceFamilies() {}

  /**
   * Exact instances: {@code a, b} rationals with numerators in {@code [0, 1000]} and denominators
   * in {@code [1, 50]}, one time in eight equal (the trivial case of the proof) and one in eight
   * with a zero; {@code p} in {@code [1, 12]}.
   */
  public static InstanceFamily<PowerDifferenceInstance> exact() {
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

  /** Real instances: {@code a, b} uniform on {@code [0, 100)}, {@code p} uniform on {@code [1, 10)}. */
  public static InstanceFamily<RealPowerDifferenceInstance> real() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "real a, b in [0, 100), real p in [1, 10)";
      }

      @Override
      public RealPowerDifferenceInstance draw(Draws draws) {
        return new RealPowerDifferenceInstance(draws.uniform(0, 100), draws.uniform(0, 100),
            draws.uniform(1, 10));
      }
    };
  }
}
