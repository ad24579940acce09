package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.ScalarRecursionFamilies;
import org.tacit.group.model.EscapeTimeInstance;
import org.tacit.group.model.EscapeTimes;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW Lemma 5 (corrected time): the property and the closed form against quadrature. */
class SlowGrowthEscapeLemmaProperties {

  @Test
  @Verifies("LNHW:lem-5")
  void correctedTimeHoldsOnTheFamily() {
    PropertyHarness.verify("LNHW:lem-5 corrected",
        new CheckSuite<>(new SlowGrowthEscapeLemmaChecker(), ScalarRecursionFamilies.escapeTime()));
  }

  /**
   * The closed form of t* against composite Simpson quadrature of 1/(u^5 + sqrt(2) B u^3) on
   * [theta, sqrt(theta)] with 20000 panels (an independent algorithm; its error is below
   * h^4 max|f''''|/180, under 1e-10 relative for these theta, B), on a grid.
   */
  @Test
  @Verifies("LNHW:lem-5")
  void closedFormMatchesQuadrature() {
    int[][] cases = {{56, 100, 1, 1}, {3, 10, 3, 1}, {1, 50, 1, 100}, {9, 10, 7, 10}, {1, 10, 2, 1}};
    for (int[] c : cases) {
      EscapeTimeInstance instance = new EscapeTimeInstance(BigRational.of(c[0], c[1]),
          BigRational.of(c[2], c[3]));
      double theta = (double) c[0] / c[1];
      double rate = Math.sqrt(2) * c[2] / c[3];
      double quadrature = simpson(theta, Math.sqrt(theta), rate, 20_000);
      assertThat(EscapeTimes.crossingTime(instance).doubleValue())
          .isCloseTo(quadrature, within(1e-9 * quadrature));
    }
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
    return 1 / (Math.pow(u, 5) + rate * Math.pow(u, 3));
  }
}
