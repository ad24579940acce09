package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.HadamardNormFamilies;
import org.tacit.benign.model.HadamardRealPowerNormInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG Lemma B.10 for real exponents (entrywise |alpha_i|^k), in double. */
class HadamardRealPowerNormLemmaProperties {

  private final HadamardRealPowerNormLemmaChecker checker = new HadamardRealPowerNormLemmaChecker();

  @Test
  @Verifies("ZG:lem-B.10")
  void holdsForRealExponents() {
    PropertyHarness.verify("ZG:lem-B.10 real",
        new CheckSuite<>(checker, HadamardNormFamilies.realPower()));
  }

  /**
   * alpha = (3, 4), k = 3/2: sum |alpha_i|^3 = 27 + 64 = 91 <= 25^{3/2} = 125; middle
   * 4^1 * 25 = 100.
   */
  @Test
  @Verifies("ZG:lem-B.10")
  void handWorkedValues() {
    Verdict verdict = checker.check(new HadamardRealPowerNormInstance(new double[] {3, 4}, 1.5));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isCloseTo(91, within(1e-12));
    assertThat(verdict.checks().get(0).rhs()).isCloseTo(125, within(1e-12));
    assertThat(verdict.checks().get(1).rhs()).isCloseTo(100, within(1e-12));
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    assertThat(checker.check(new HadamardRealPowerNormInstance(new double[] {1, 2}, 0.5))
        .hypothesisFailure()).isEqualTo("k >= 1");
    assertThat(checker.check(new HadamardRealPowerNormInstance(new double[] {Double.NaN}, 2))
        .hypothesisFailure()).isEqualTo("alpha in R^d (finite)");
  }
}
