package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.SingleGroupFamilies;
import org.tacit.group.model.ConstantStepInstance;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Lemma 16: exact property over adversarial instances, a hand case, and the hypotheses. */
class ConstantStepDirectionLemmaProperties {

  private final ConstantStepDirectionLemmaChecker checker =
      new ConstantStepDirectionLemmaChecker();

  @Test
  @Verifies("LNHW:lem-16")
  void holdsExactlyOnTheFamily() {
    PropertyHarness.verify("LNHW:lem-16 exact",
        new CheckSuite<>(checker, SingleGroupFamilies.constantStep()));
  }

  /**
   * Hand case on the cap boundary: v* = (1, 0), v(t) = (12/13, 5/13), tau = 5(1 - 12/13) = 5/13,
   * (u*)^2 = 1, u^2 = 1 + tau = 18/13 (the upper end), eta = 4/9 (the largest step), b = -(tau/10) v*
   * = (-1/26, 0). Then 1 - eta u^4 = 1 - (4/9)(324/169) = 25/169 and
   * z = v + (8/13)((1, 0) - (18/13) v + b) = (1600/2197, 125/2197), so
   * <v(t+1), v*> = 1600/sqrt(1600^2 + 125^2) = 0.99696 >= 12/13.
   */
  @Test
  @Verifies("LNHW:lem-16")
  void handCaseOnTheCapBoundary() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] v = {BigRational.of(12, 13), BigRational.of(5, 13)};
    BigRational[] b = {BigRational.of(-1, 26), BigRational.ZERO};
    BigRational uSquared = BigRational.of(18, 13);
    BigRational eta = BigRational.of(4, 9);
    assertThat(SingleGroupUpdate.direction(v, uSquared, BigRational.ONE, vStar, eta, b))
        .containsExactly(BigRational.of(1600, 2197), BigRational.of(125, 2197));
    ConstantStepInstance instance = new ConstantStepInstance(uSquared, BigRational.ONE, vStar, v,
        eta, BigRational.of(5, 13), b);
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).rhs()).isEqualTo(25.0 / 169);
  }

  /**
   * The hypotheses are decided one at a time: a step 4/(9 (u*)^4) + 1/100, a direction just
   * outside the cap, and a perturbation just longer than tau (u*)^2/10 each fail by name.
   */
  @Test
  @Verifies("LNHW:lem-16")
  void eachHypothesisIsDecided() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] v = {BigRational.of(12, 13), BigRational.of(5, 13)};
    BigRational[] b = {BigRational.of(-1, 26), BigRational.ZERO};
    BigRational tau = BigRational.of(5, 13);
    BigRational uSquared = BigRational.of(18, 13);
    assertThat(checker.check(new ConstantStepInstance(uSquared, BigRational.ONE, vStar, v,
        BigRational.of(409, 900), tau, b)).hypothesisFailure())
        .startsWith("0 < eta <= 4/(9 (u*)^4)");
    assertThat(checker.check(new ConstantStepInstance(uSquared, BigRational.ONE, vStar, v,
        BigRational.of(4, 9), BigRational.of(49, 130), b)).hypothesisFailure())
        .startsWith("<v(t), v*> >= 1 - tau/5");
    BigRational[] longer = {BigRational.of(-1, 25), BigRational.ZERO};
    assertThat(checker.check(new ConstantStepInstance(uSquared, BigRational.ONE, vStar, v,
        BigRational.of(4, 9), tau, longer)).hypothesisFailure())
        .startsWith("||b_t|| <= tau (u*)^2/10");
  }
}
