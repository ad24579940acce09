package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.ScalarRecursionFamilies;
import org.tacit.group.model.ConvergenceTimeInstance;
import org.tacit.group.model.ConvergenceTimes;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW Lemma 6 (one-sided, corrected): the property and the closed form against quadrature. */
class GrowthConvergenceLemmaProperties {

  @Test
  @Verifies("LNHW:lem-6")
  void oneSidedConclusionHoldsOnTheFamily() {
    PropertyHarness.verify("LNHW:lem-6 corrected", new CheckSuite<>(
        new GrowthConvergenceLemmaChecker(), ScalarRecursionFamilies.convergenceTime()));
  }

  /**
   * The closed-form hitting time against composite Simpson quadrature of 1/(a u^2 - u^5) between
   * theta and the target level (an independent algorithm; 200000 panels, the integrand is smooth
   * there since the target stays below the fixed point by a factor (1 - tau/(1 - 3B))^(1/3)).
   */
  @Test
  @Verifies("LNHW:lem-6")
  void closedFormMatchesQuadrature() {
    double[][] cases = {{1, 0.05, 0.1, 0.1}, {3, 0.01, 0.3, 0.5}, {0.3, 0.09, 0.01, 0.01},
        {10, 0.02, 0.2, 2}};
    for (double[] c : cases) {
      ConvergenceTimeInstance instance = new ConvergenceTimeInstance(c[0], c[1], c[2], c[3]);
      double level = 1 - 3 * c[1] - c[2];
      double a = ConvergenceTimes.rate(instance);
      double target = ConvergenceTimes.magnitudeAt(instance, level);
      double quadrature = simpson(c[3], target, a, 200_000);
      assertThat(ConvergenceTimes.hittingTime(instance, level))
          .isCloseTo(quadrature, within(1e-8 * quadrature));
    }
  }

  /**
   * Hand value of the printed time: u* = 1, B = 0, tau = 1/4, theta = 1/4 (B = 0 is outside the
   * lemma but the formula is defined): T_1 = 2^(1/3)/(1/16) / (sqrt(2)/4) = 2^(1/3) 64/sqrt(2),
   * T_2 = 2/(3 (1/2) (sqrt(2)/2)^(1/3)) and log2(1/(2 tau)) = 1.
   */
  @Test
  @Verifies("LNHW:lem-6")
  void printedTimeHandValue() {
    ConvergenceTimeInstance instance = new ConvergenceTimeInstance(1, 0, 0.25, 0.25);
    double first = Math.cbrt(2) * 64 / Math.sqrt(2);
    double second = 2 / (1.5 * Math.cbrt(Math.sqrt(2) / 2));
    assertThat(ConvergenceTimes.printedTime(instance)).isCloseTo(first + second,
        within(1e-12 * (first + second)));
  }

  private static double simpson(double a, double b, double rate, int panels) {
    double h = (b - a) / panels;
    double sum = integrand(a, rate) + integrand(b, rate);
    for (int i = 1; i < panels; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * integrand(a + i * h, rate);
    }
    return sum * h / 3;
  }

  private static double integrand(double u, double rate) {
    return 1 / (rate * u * u - Math.pow(u, 5));
  }
}
