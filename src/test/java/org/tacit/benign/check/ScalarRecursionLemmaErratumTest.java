package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.model.ScalarRecursionInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum ZG Lemma B.9: the printed step condition {@code eta <= mu/2} does not imply the
 * conclusion (it is not even scale-invariant: h = eta mu is the dimensionless step). The proof
 * needs {@code eta mu < 1} and no overshoot of mu from below, which {@code eta mu <= 1/2} gives
 * (f increasing on [0, mu]).
 */
class ScalarRecursionLemmaErratumTest {

  private static final BigRational MU = BigRational.of(4);
  private static final BigRational ETA = BigRational.TWO;
  private static final BigRational EPS = BigRational.of(1, 10);

  /**
   * mu = 4, eta = 2 (= mu/2), z_0 = 1, eps = 1/10: z_1 = (1 - 2(1 - 4))^2 = 49 and
   * z_2 = (1 - 2 * 45)^2 * 49 = 89^2 * 49 = 388129. For z >= mu + 2/eta = 5,
   * |1 - eta (z - mu)| = eta (z - mu) - 1 >= 1 (equality at z = 5), so f(z) >= z: by induction z_t >= 49 for all t >= 1, and
   * |z_t - mu| >= 45 > eps for every t (z_0 = 1 too): the band is never reached.
   */
  @Test
  @Verifies("ZG:lem-B.9")
  void printedConditionAllowsDivergence() {
    ScalarRecursionInstance instance = new ScalarRecursionInstance(ETA, MU, BigRational.ONE, EPS, 3);
    BigRational z1 = instance.next(BigRational.ONE);
    assertThat(z1).isEqualTo(BigRational.of(49));
    assertThat(instance.next(z1)).isEqualTo(BigRational.of(388129));
    BigRational factorAtThreshold = BigRational.ONE.subtract(ETA.multiply(BigRational.of(5)
        .subtract(MU))).pow(2);
    assertThat(factorAtThreshold).isEqualTo(BigRational.ONE);

    Verdict printed = new ScalarRecursionLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    assertThat(printed.checks().get(0).label()).startsWith("hitting time");
    assertThat(printed.checks().get(0).holds()).isFalse();
    assertThat(printed.checks().get(4).label()).startsWith("no overshoot");
    assertThat(printed.checks().get(4).holds()).isFalse();

    assertThat(new ScalarRecursionLemmaChecker().check(instance).hypothesisFailure())
        .isEqualTo("eta mu <= 1/2");
  }

  /**
   * Same mu, eta, eps with z_0 = mu - eps = 39/10 (T = 0): z_1 = (1 + 2/10)^2 * 39/10 = 702/125 =
   * 5.616 > mu + eps = 4.1, so the "stays in the band" part fails at t = 1.
   */
  @Test
  @Verifies("ZG:lem-B.9")
  void printedConditionLetsTheRunLeaveTheBand() {
    ScalarRecursionInstance instance = new ScalarRecursionInstance(ETA, MU, BigRational.of(39, 10),
        EPS, 2);
    assertThat(instance.next(instance.initial())).isEqualTo(BigRational.of(702, 125));
    Verdict printed = new ScalarRecursionLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks().get(0).holds()).isTrue();
    assertThat(printed.checks().get(0).lhs()).isZero();
    assertThat(printed.checks().get(1).label()).startsWith("|z_t - mu| <= eps");
    assertThat(printed.checks().get(1).holds()).isFalse();
  }

  /**
   * Even a contracting step eta mu < 1 is not enough: mu = 2, eta = 31/64 (eta <= mu/2, eta mu =
   * 31/32), z_0 = 133/256, eps = 1/4. Exactly (rationals of a few thousand bits): z_4 = 2.2445...
   * is in [7/4, 9/4] but z_5 = 1.7443... < 7/4 leaves the band (the run oscillates around mu since
   * f'(mu) = 1 - 2 eta mu < 0). The printed form fails; eta mu <= 1/2 excludes the instance.
   */
  @Test
  @Verifies("ZG:lem-B.9")
  void contractingStepAboveOneHalfStillLeavesTheBand() {
    BigRational mu = BigRational.TWO;
    BigRational low = BigRational.of(7, 4);
    BigRational high = BigRational.of(9, 4);
    ScalarRecursionInstance instance = new ScalarRecursionInstance(BigRational.of(31, 64), mu,
        BigRational.of(133, 256), BigRational.of(1, 4), 5);
    BigRational z = instance.initial();
    for (int t = 0; t < 4; t++) {
      z = instance.next(z);
    }
    assertThat(z.compareTo(low) >= 0 && z.compareTo(high) <= 0).isTrue();
    BigRational z5 = instance.next(z);
    assertThat(z5.compareTo(low)).isNegative();

    Verdict printed = new ScalarRecursionLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks().get(1).label()).startsWith("|z_t - mu| <= eps");
    assertThat(printed.checks().get(1).holds()).isFalse();
    assertThat(new ScalarRecursionLemmaChecker().check(instance).hypothesisFailure())
        .isEqualTo("eta mu <= 1/2");
  }

  /**
   * The corrected condition on the same scale: mu = 4, eta = 1/8 (eta mu = 1/2), z_0 = 1 and
   * z_0 = 39/10, eps = 1/10: the corrected form holds, the printed hypothesis holds too.
   */
  @Test
  @Verifies("ZG:lem-B.9")
  void correctedConditionHoldsOnTheSameScale() {
    for (BigRational z0 : new BigRational[] {BigRational.ONE, BigRational.of(39, 10)}) {
      ScalarRecursionInstance instance = new ScalarRecursionInstance(BigRational.of(1, 8), MU, z0,
          EPS, 10);
      assertThat(new ScalarRecursionLemmaChecker().check(instance).holds()).isTrue();
      assertThat(new ScalarRecursionLemmaChecker(StatementForm.PRINTED).check(instance).holds())
          .isTrue();
    }
  }
}
