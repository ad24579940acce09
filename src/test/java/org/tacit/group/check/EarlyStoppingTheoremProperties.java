package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.EarlyStoppingFamilies;
import org.tacit.group.model.EarlyStoppingInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.SeededDraws;

/**
 * LNHW Theorems 3 and 4 on runs of Algorithms 1 and 2 (12 instances each: a run takes about
 * 0.1 s), and the printed step size of Theorem 4.
 */
class EarlyStoppingTheoremProperties {

  private static final int RUNS = 12;

  @Test
  @Verifies("LNHW:thm-3")
  @Verifies("LNHW:rem-D.1.1")
  void algorithmOneMeetsTheMilestonesAndTheBoundsFromTLb() {
    PropertyHarness.verify("LNHW:thm-3 runs", new EarlyStoppingTheoremChecker(false),
        EarlyStoppingFamilies.algorithmOne(), RUNS);
  }

  @Test
  @Verifies("LNHW:thm-4")
  @Verifies("LNHW:rem-4.5")
  void algorithmTwoMeetsTheBoundsAndKeepsTheMagnitudesAfterTheSwitch() {
    PropertyHarness.verify("LNHW:thm-4 runs", new EarlyStoppingTheoremChecker(true),
        EarlyStoppingFamilies.algorithmTwo(), RUNS);
  }

  /**
   * Erratum (Theorem 4's step): after the switch the v-update is z = v + eta u^2 (a - u^2 v); on an
   * orthogonal noiseless group, a = (u*)^2 v*, so z = eta u^2 (u*)^2 v* + (1 - eta u^4) v. With
   * the printed eta = 4/(9 (u*_max)^2) and u^2 = (u*)^2 = 10, eta u^4 = 40/9 > 1: the component of
   * v orthogonal to v* is multiplied by 1 - 40/9 = -31/9 while the parallel part stays about 1, so
   * the direction error grows at every step (exactly, below). With Lemma 16's
   * eta <= 4/(9 (u*)^4), 1 - eta u^4 >= 5/9 > 0 and it shrinks.
   */
  @Test
  @Verifies("LNHW:thm-4")
  void printedConstantStepMakesTheDirectionUnstable() {
    BigRational uStarSquared = BigRational.of(10);
    BigRational printed = BigRational.of(4, 9).divide(uStarSquared);
    BigRational corrected = BigRational.of(4, 9).divide(uStarSquared.multiply(uStarSquared));
    BigRational[] v = {BigRational.of(399, 401), BigRational.of(40, 401)};
    assertThat(tangentSquared(step(v, printed, uStarSquared)))
        .isGreaterThan(tangentSquared(v).multiply(BigRational.of(9)));
    BigRational[] w = v;
    for (int k = 0; k < 3; k++) {
      w = step(w, printed, uStarSquared);
    }
    assertThat(cosineSquared(w)).isLessThan(BigRational.of(1, 2));
    assertThat(tangentSquared(step(v, corrected, uStarSquared)))
        .isLessThan(tangentSquared(v));
  }

  /** The instances meet the printed hypotheses except the step: the checker names it. */
  @Test
  void rejectsThePrintedStepOfTheoremFour() {
    EarlyStoppingInstance valid = EarlyStoppingFamilies.algorithmTwo().draw(new SeededDraws(5));
    double uMaxSquared = 0;
    for (int l = 0; l < valid.groups().groupCount(); l++) {
      double square = 0;
      for (int i : valid.groups().members(l)) {
        square += valid.wStar()[i].doubleValue() * valid.wStar()[i].doubleValue();
      }
      uMaxSquared = Math.max(uMaxSquared, Math.sqrt(square));
    }
    EarlyStoppingInstance printed = new EarlyStoppingInstance(valid.groups(), valid.x(),
        valid.wStar(), valid.noise(), valid.epsilon(), valid.alpha(), valid.gamma(), valid.v0(),
        4 / (9 * uMaxSquared));
    assertThat(uMaxSquared).as("the printed step differs only when (u*_max)^2 > 1")
        .isGreaterThan(1);
    assertThat(new EarlyStoppingTheoremChecker(true).check(printed).hypothesisFailure())
        .isEqualTo("0 < eta <= 4/(9 (u*_max)^4) (Lemma 16; printed (u*_max)^2)");
  }

  /** One v-update after the switch on a noiseless orthogonal group, u^2 = (u*)^2, v* = e_1. */
  private static BigRational[] step(BigRational[] v, BigRational eta, BigRational uStarSquared) {
    BigRational pull = eta.multiply(uStarSquared).multiply(uStarSquared);
    BigRational keep = BigRational.ONE.subtract(pull);
    return new BigRational[] {pull.add(keep.multiply(v[0])), keep.multiply(v[1])};
  }

  private static BigRational tangentSquared(BigRational[] z) {
    return z[1].multiply(z[1]).divide(z[0].multiply(z[0]));
  }

  private static BigRational cosineSquared(BigRational[] z) {
    BigRational norm = z[0].multiply(z[0]).add(z[1].multiply(z[1]));
    return z[0].multiply(z[0]).divide(norm);
  }
}
