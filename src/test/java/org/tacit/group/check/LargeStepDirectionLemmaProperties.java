package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.SingleGroupFamilies;
import org.tacit.group.model.DirectionBoundInstance;
import org.tacit.group.model.LargeStepInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Lemma 8: exact property, the tangent-point equality case, and the hypothesis on ||b_t||. */
class LargeStepDirectionLemmaProperties {

  private final LargeStepDirectionLemmaChecker checker = new LargeStepDirectionLemmaChecker();

  @Test
  @Verifies("LNHW:lem-8")
  void holdsExactlyOnTheFamily() {
    PropertyHarness.verify("LNHW:lem-8 exact",
        new CheckSuite<>(checker, SingleGroupFamilies.directionBound()));
  }

  /**
   * The tangent point in the plane: v* = (1, 0), B = 3/5 (so sqrt(1 - B^2) = 4/5), (u*)^2 = 1,
   * b = -B^2 v* + B sqrt(1 - B^2) e_2 = (-9/25, 12/25), u^2 = 1. Then z = (16/25, 12/25), so
   * <v(t+1), v*> = (16/25)/(20/25) = 4/5 = sqrt(1 - B^2) exactly: the proof's bound is attained (its
   * check compares <z, v*>^2 = 256/625 with (1 - B^2) ||z||^2 = (16/25)(16/25) = 256/625, margin 0),
   * while the stated 1 - B^2 = 16/25 is slack.
   */
  @Test
  @Verifies("LNHW:lem-8")
  void tangentPointAttainsTheProofsBound() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] b = {BigRational.of(-9, 25), BigRational.of(12, 25)};
    DirectionBoundInstance instance = new DirectionBoundInstance(new LargeStepInstance(
        BigRational.ONE, BigRational.ONE, vStar, vStar, b), BigRational.of(3, 5));
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    Check sharp = verdict.checks().stream()
        .filter(c -> c.label().startsWith("proof: <v(t+1), v*> >= sqrt(1 - B^2)")).findFirst()
        .orElseThrow();
    assertThat(sharp.lhs()).isEqualTo(sharp.rhs());
    assertThat(sharp.lhs()).isEqualTo(256.0 / 625, within(1e-15));
    Check key = verdict.checks().stream()
        .filter(c -> c.label().startsWith("proof: (||beta||^2")).findFirst().orElseThrow();
    assertThat(key.lhs()).isEqualTo(key.rhs());
  }

  /**
   * Beyond the radius: b = -(u*)^2 v* (B would have to be 1) makes z = 0, and b slightly longer
   * than B (u*)^2 is rejected at the hypothesis.
   */
  @Test
  @Verifies("LNHW:lem-8")
  void perturbationLongerThanTheRadiusIsOutsideTheHypotheses() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] b = {BigRational.of(-61, 100), BigRational.ZERO};
    DirectionBoundInstance instance = new DirectionBoundInstance(new LargeStepInstance(
        BigRational.ONE, BigRational.ONE, vStar, vStar, b), BigRational.of(3, 5));
    assertThat(checker.check(instance).hypothesisFailure()).startsWith("||b_t|| <= B (u*)^2");
  }

  /**
   * Past the tangent point on the sphere of radius B (u*)^2 the bound sqrt(1 - B^2) is not attained:
   * with B = 3/5 the anti-parallel b = (-3/5, 0) gives v(t+1) = v* exactly (margin positive).
   */
  @Test
  @Verifies("LNHW:lem-8")
  void antiParallelPerturbationKeepsTheDirection() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] b = {BigRational.of(-3, 5), BigRational.ZERO};
    Verdict verdict = checker.check(new DirectionBoundInstance(new LargeStepInstance(
        BigRational.of(5), BigRational.ONE, vStar, vStar, b), BigRational.of(3, 5)));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).allMatch(c -> c.margin() >= 0);
  }
}
