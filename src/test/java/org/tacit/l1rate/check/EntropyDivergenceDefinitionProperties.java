package org.tacit.l1rate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.l1rate.family.SectionOneFamilies;
import org.tacit.l1rate.model.EntropyDivergence;
import org.tacit.l1rate.model.EntropyDivergenceInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;

/** MS def-I.3 / def-I.5: the entropy divergence, its closed form and gradient, at 60 digits. */
class EntropyDivergenceDefinitionProperties {

  @Test
  @Verifies("MS:def-I.3")
  @Verifies("MS:def-I.5")
  void divergenceIdentitiesHoldOnRationalPoints() {
    PropertyHarness.verify("MS:def-I.5 entropy divergence", new EntropyDivergenceDefinitionChecker(),
        SectionOneFamilies.entropyPoints(), PropertyHarness.tries());
  }

  /**
   * x = (0, 1), x0 = (1, 1): E(x) = -1, E(x0) = -2, grad E(x0) = (0, 0), so B_E = 1 = x0_1, the
   * bound of def-I.3 with equality; the closed form with alpha = 1 gives 1 + (0 - 1 + 1) = 1.
   * With alpha = 2: B_E(x, 2 1) = 2 + (log(1/2) - 1 + 2) = 3 - log 2.
   */
  @Test
  @Verifies("MS:def-I.5")
  void handComputedValues() {
    BigRational[] x = {BigRational.ZERO, BigRational.ONE};
    BigRational[] ones = {BigRational.ONE, BigRational.ONE};
    assertThat(EntropyDivergence.entropy(x).compareTo(BigDecimal.ONE.negate())).isZero();
    assertThat(EntropyDivergence.divergence(x, ones).subtract(BigDecimal.ONE).abs())
        .isLessThan(new BigDecimal("1e-55"));
    assertThat(EntropyDivergence.divergenceToConstant(x, BigRational.ONE)
        .subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1e-55"));
    assertThat(EntropyDivergence.divergenceToConstant(x, BigRational.TWO).doubleValue())
        .isEqualTo(3 - Math.log(2));
    var verdict = new EntropyDivergenceDefinitionChecker().check(
        new EntropyDivergenceInstance(x, ones, BigRational.TWO));
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    assertThat(verdict.checks().get(0).margin()).isEqualTo(0.0);
  }

  @Test
  void hypothesesAreChecked() {
    BigRational[] positive = {BigRational.ONE};
    var noZero = new EntropyDivergenceDefinitionChecker().check(
        new EntropyDivergenceInstance(positive, positive, BigRational.ONE));
    assertThat(noZero.hypothesesMet()).isFalse();
    var negativeBase = new EntropyDivergenceDefinitionChecker().check(new EntropyDivergenceInstance(
        new BigRational[] {BigRational.ZERO}, new BigRational[] {BigRational.MINUS_ONE},
        BigRational.ONE));
    assertThat(negativeBase.hypothesesMet()).isFalse();
  }
}
