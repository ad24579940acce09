package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.NoiseCorrelationFamilies;
import org.tacit.group.model.NoiseCorrelationTrial;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW Lemma 15 and the noise level of Corollary 1. */
class NoiseCorrelationLemmaProperties {

  @Test
  @Verifies("LNHW:lem-15")
  @Verifies("LNHW:def-3")
  void maximumNoiseCorrelationStaysBelowTheAppendixLevel() {
    PropertyHarness.verify("LNHW:lem-15", new CheckSuite<>(new NoiseCorrelationLemmaChecker(),
        NoiseCorrelationFamilies.rademacherDesigns()));
  }

  /**
   * Erratum (Corollary 1's main-text eps = 2 sqrt(sigma^2 log(2p)/n)): with orthogonal columns and
   * Gaussian noise the p correlations are independent N(0, sigma^2/n), so the probability that
   * eps is exceeded is exactly 1 - (1 - erfc(sqrt(2 log 2p)))^p. For p = 2 (e.g. the 2 x 2
   * Hadamard design) z = 2 sqrt(log 4) = 2.3548, erfc(z/sqrt2) = 0.01853, and the probability is
   * 0.0367 > 1/(8p^3) = 1/64 = 0.0156; so the event the corollary's proof needs fails with more
   * than the stated probability. It is 0.0367 <= 1/(2p) = 0.25, the union bound at that level.
   * The appendix level 2 sqrt(2 sigma^2 log(2p)/n) gives 3.1e-4 <= 1/64.
   */
  @Test
  @Verifies("LNHW:cor-1")
  void mainTextLevelIsExceededMoreOftenThanTheStatedProbability() {
    NoiseCorrelationTrial trial = new NoiseCorrelationTrial(2, 2, 1, 1, 1);
    double z = trial.mainTextThreshold();
    assertThat(z).isCloseTo(2 * Math.sqrt(Math.log(4)), within(1e-15));
    double exact = NoiseCorrelationTrial.independentMaximumTail(2, z);
    assertThat(exact).isGreaterThan(0.036).isLessThan(0.037);
    assertThat(exact).isGreaterThan(2 * (1.0 / 64));
    assertThat(exact).isLessThan(0.25);
    double appendix = NoiseCorrelationTrial.independentMaximumTail(2, trial.appendixThreshold());
    assertThat(appendix).isLessThan(1.0 / 64);
  }

  /** The exceedance counts move with the level: the main-text level is exceeded more often. */
  @Test
  @Verifies("LNHW:lem-15")
  void mainTextLevelIsExceededAtLeastAsOftenAsTheAppendixLevel() {
    NoiseCorrelationTrial.Counts counts = new NoiseCorrelationTrial(16, 8, 1, 3, 4000).simulate();
    assertThat(counts.aboveMainTextLevel()).isGreaterThanOrEqualTo(counts.aboveAppendixLevel());
    assertThat(counts.aboveMainTextLevel()).isPositive();
  }
}
