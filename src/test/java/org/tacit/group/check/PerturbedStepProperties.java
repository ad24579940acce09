package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.SingleGroupFamilies;
import org.tacit.group.model.PerturbedStepInstance;
import org.tacit.group.model.SingleGroupUpdate;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** LNHW Eqs. (4)-(5): the exact updates, Lemma 16's regrouping and the double simulator. */
class PerturbedStepProperties {

  private final PerturbedStepChecker checker = new PerturbedStepChecker();

  @Test
  @Verifies("LNHW:eq-4")
  @Verifies("LNHW:eq-5")
  void exactAndDoubleUpdatesAgreeOnTheFamily() {
    PropertyHarness.verify("LNHW:eq-4 exact and double",
        new CheckSuite<>(checker, SingleGroupFamilies.perturbedStep()));
  }

  /**
   * Hand case in the plane: v* = (1, 0), v(t) = (0, 1), u = 1, (u*)^2 = 1, eta = 1/2, b = (1, -1).
   * Then (4) gives z = (0, 1) + (1/2)((1, 0) - (0, 1) + (1, -1)) = (1, 0), so v(t+1) = (1, 0); and
   * (5) with gamma = 1/10, e = 1/5 gives u(t+1) = 1 + (1/5)((1 - 1) + 1/5) = 26/25.
   */
  @Test
  @Verifies("LNHW:eq-4")
  @Verifies("LNHW:eq-5")
  void handCaseInThePlane() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] v = {BigRational.ZERO, BigRational.ONE};
    BigRational[] b = {BigRational.ONE, BigRational.MINUS_ONE};
    BigRational half = BigRational.of(1, 2);
    assertThat(SingleGroupUpdate.direction(v, BigRational.ONE, BigRational.ONE, vStar, half, b))
        .containsExactly(BigRational.ONE, BigRational.ZERO);
    PerturbedStepInstance instance = new PerturbedStepInstance(BigRational.ONE, BigRational.ONE,
        vStar, v, half, BigRational.of(1, 10), b, BigRational.of(1, 5), vStar);
    assertThat(SingleGroupUpdate.magnitude(instance.u(), instance.uStarSquared(), vStar, vStar,
        instance.gamma(), instance.e())).isEqualTo(BigRational.of(26, 25));
    assertThat(checker.check(instance).holds()).isTrue();
  }

  /** A wrong claimed v(t+1) (the other unit vector of the plane) is caught by the parallelism check. */
  @Test
  @Verifies("LNHW:eq-4")
  void wrongNormalisedDirectionIsCaught() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] v = {BigRational.ZERO, BigRational.ONE};
    BigRational[] b = {BigRational.ONE, BigRational.MINUS_ONE};
    PerturbedStepInstance instance = new PerturbedStepInstance(BigRational.ONE, BigRational.ONE,
        vStar, v, BigRational.of(1, 2), BigRational.of(1, 10), b, BigRational.of(1, 5), v);
    Verdict verdict = checker.check(instance);
    assertThat(verdict.hypothesesMet()).isTrue();
    assertThat(verdict.failures()).extracting(c -> c.label())
        .contains("(4): ||z(t+1) - <z(t+1), v(t+1)> v(t+1)||^2 = 0",
            "double simulator v(t+1) = exact v(t+1) (max entry)");
  }

  /** A non-unit v(t) is rejected at the hypothesis, not checked. */
  @Test
  @Verifies("LNHW:eq-4")
  void nonUnitDirectionIsOutsideTheHypotheses() {
    BigRational[] vStar = {BigRational.ONE, BigRational.ZERO};
    BigRational[] v = {BigRational.ONE, BigRational.ONE};
    PerturbedStepInstance instance = new PerturbedStepInstance(BigRational.ONE, BigRational.ONE,
        vStar, v, BigRational.ONE, BigRational.ONE, v, BigRational.ZERO, vStar);
    assertThat(checker.check(instance).hypothesisFailure()).startsWith("||v(t)|| = ||v*|| = 1");
  }
}
