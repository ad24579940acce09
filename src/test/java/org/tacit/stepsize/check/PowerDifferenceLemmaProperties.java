package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.PowerDifferenceFamilies;
import org.tacit.stepsize.model.PowerDifferenceInstance;
import org.tacit.stepsize.model.RealPowerDifferenceInstance;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;
import org.tacit.verify.Verdict;

/** NRSS Lemma A.1: exact and double checkers, and their agreement on shared instances. */
class PowerDifferenceLemmaProperties {

  private final PowerDifferenceLemmaChecker exact = new PowerDifferenceLemmaChecker();
  private final RealPowerDifferenceLemmaChecker real = new RealPowerDifferenceLemmaChecker();

  @Test
  @Verifies("NRSS:lem-A.1")
  void holdsExactlyForIntegerExponents() {
    PropertyHarness.verify("NRSS:lem-A.1 exact",
        new CheckSuite<>(exact, PowerDifferenceFamilies.exact()));
  }

  @Test
  @Verifies("NRSS:lem-A.1")
  void holdsInDoubleForRealExponents() {
    PropertyHarness.verify("NRSS:lem-A.1 real",
        new CheckSuite<>(real, PowerDifferenceFamilies.real()));
  }

  /**
   * Dyadic a, b (exact in double) and integer p: the exact and the double checker agree on the
   * verdict, and the double margin of the statement matches the exact one to the checker's
   * tolerance (p + 4) 2^-52 relative error on each side, so at most 2 (p + 4) 2^-52 / R absolute
   * on a margin, which is at most 1e-13 for p <= 12 when R >= 1.
   */
  @Test
  @Verifies("NRSS:lem-A.1")
  void exactAndDoubleAgree() {
    InstanceFamily<PowerDifferenceInstance> dyadic = new InstanceFamily<>() {
      @Override
      public String name() {
        return "dyadic a, b in [1, 64] with 8 fractional bits, p in [1, 12]";
      }

      @Override
      public PowerDifferenceInstance draw(Draws draws) {
        return new PowerDifferenceInstance(BigRational.of(draws.between(256, 1 << 14), 256),
            BigRational.of(draws.between(256, 1 << 14), 256), draws.intBetween(1, 12));
      }
    };
    PropertyHarness.forAll("NRSS:lem-A.1 exact vs double", dyadic, instance -> {
      Verdict exactVerdict = exact.check(instance);
      Verdict realVerdict = real.check(new RealPowerDifferenceInstance(
          instance.a().doubleValue(), instance.b().doubleValue(), instance.p()));
      assertThat(realVerdict.holds()).isEqualTo(exactVerdict.holds());
      assertThat(realVerdict.checks().get(0).margin())
          .isCloseTo(exactVerdict.checks().get(0).margin(), org.assertj.core.data.Offset.offset(1e-13));
      return exactVerdict;
    }, PropertyHarness.tries());
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    assertThat(exact.check(new PowerDifferenceInstance(BigRational.MINUS_ONE, BigRational.ONE, 2))
        .hypothesisFailure()).isEqualTo("a, b >= 0");
    assertThat(exact.check(new PowerDifferenceInstance(BigRational.ONE, BigRational.ONE, 0))
        .hypothesisFailure()).isEqualTo("p >= 1");
    assertThat(real.check(new RealPowerDifferenceInstance(1, 2, 0.5)).hypothesesMet())
        .isFalse();
    assertThat(real.check(new RealPowerDifferenceInstance(Double.NaN, 2, 2)).hypothesesMet())
        .isFalse();
  }

  /** The statement is tight: a = m, b = 0 gives equality, margin exactly 0. */
  @Test
  @Verifies("NRSS:lem-A.1")
  void tightWhenOneSideIsZero() {
    Verdict verdict = exact.check(new PowerDifferenceInstance(BigRational.of(7, 3), BigRational.ZERO, 5));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).margin()).isZero();
  }
}
