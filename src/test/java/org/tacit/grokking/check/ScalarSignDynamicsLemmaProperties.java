package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.family.SignDynamicsFamilies;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** TDR Lemma C.30: the corrected scalar sign dynamics on random rationals and on a grid. */
class ScalarSignDynamicsLemmaProperties {

  private final ScalarSignDynamicsLemmaChecker checker = new ScalarSignDynamicsLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.30")
  @Verifies("TDR:lem-C.30a")
  @Verifies("TDR:lem-C.30b")
  @Verifies("TDR:lem-C.30c")
  void correctedLemmaHoldsOnRandomRationals() {
    PropertyHarness.verify("TDR:lem-C.30",
        new CheckSuite<>(checker, SignDynamicsFamilies.scalar()));
  }

  /**
   * The grid {@code a^(1) in (1/20) Z cap [-2, 2]}, {@code alpha = 1/10}, with {@code H = sign} and
   * with {@code H(0) = 1}: the corrected statement holds at all 81 points, with every check.
   */
  @Test
  @Verifies("TDR:lem-C.30")
  @Verifies("TDR:lem-C.30c")
  void correctedLemmaHoldsOnAGridHittingIntegerRatios() {
    for (BigRational selection : List.of(BigRational.ZERO, BigRational.ONE)) {
      for (int j = -40; j <= 40; j++) {
        Verdict verdict = checker.check(new SignDynamicsInstance(List.of(BigRational.of(j, 20)),
            BigRational.of(1, 10), List.of(selection)));
        assertThat(verdict.holds()).as(verdict.toString()).isTrue();
        assertThat(verdict.checks()).hasSize(selection.isZero() ? 8 : 4);
      }
    }
  }

  /**
   * By hand: a^(1) = 3/8, alpha = 1/8, H = sign: 3/8, 2/8, 1/8, 0, 0, ... (part (3): zero for
   * t > 3); a^(1) = 5/16: 5/16, 3/16, 1/16, -1/16, 1/16, ... (never zero, period 2).
   */
  @Test
  @Verifies("TDR:lem-C.30c")
  void trajectoriesByHand() {
    List<BigRational[]> zero = SignDynamicsClaims.trajectory(new SignDynamicsInstance(
        List.of(BigRational.of(3, 8)), BigRational.of(1, 8), List.of(BigRational.ZERO)));
    assertThat(zero.subList(0, 6).stream().map(a -> a[0])).containsExactly(BigRational.of(3, 8),
        BigRational.of(1, 4), BigRational.of(1, 8), BigRational.ZERO, BigRational.ZERO,
        BigRational.ZERO);
    List<BigRational[]> cycle = SignDynamicsClaims.trajectory(new SignDynamicsInstance(
        List.of(BigRational.of(5, 16)), BigRational.of(1, 8), List.of(BigRational.ZERO)));
    assertThat(cycle.subList(0, 6).stream().map(a -> a[0])).containsExactly(BigRational.of(5, 16),
        BigRational.of(3, 16), BigRational.of(1, 16), BigRational.of(-1, 16), BigRational.of(1, 16),
        BigRational.of(-1, 16));
  }

  @Test
  void rejectsASelectionOutsideTheSubdifferential() {
    Verdict verdict = checker.check(new SignDynamicsInstance(List.of(BigRational.ONE),
        BigRational.of(1, 3), List.of(BigRational.of(3, 2))));
    assertThat(verdict.hypothesisFailure()).startsWith("H(a) in d|a|");
  }

  @Test
  void rejectsTwoCoordinates() {
    Verdict verdict = checker.check(new SignDynamicsInstance(
        List.of(BigRational.ONE, BigRational.ONE), BigRational.ONE,
        List.of(BigRational.ZERO, BigRational.ZERO)));
    assertThat(verdict.hypothesisFailure()).startsWith("a^(1) in R");
  }
}
