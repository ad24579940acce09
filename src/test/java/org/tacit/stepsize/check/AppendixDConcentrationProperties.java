package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Draws;
import org.tacit.verify.InstanceFamily;

/**
 * Lemmas D.4 and D.5 of NRSS for Gaussian data (explicit constants, see
 * {@link AppendixDConcentration}): on random settings, the exact probability chain of rem-D.4 and
 * simulated failure frequencies of (44)-(47) against delta (Bernstein allowance, false alarm
 * 1e-7 per check); the printed two-sided display of rem-D.5 shown false at the paper's Section 7
 * defaults (erratum, with a rigorous Chernoff bound); and the concentration of the weightings
 * claimed in rem-5.1. Examples per property: {@code -Dtacit.tries}.
 */
class AppendixDConcentrationProperties {

  private static final int DATA_SETS = 100;

  /** Settings with mu in [1, 5], s in [0.5, 2], d in [2, 30], N in [20, 100], delta in [0.05, 0.3], mu >= t. */
  static InstanceFamily<AppendixDConcentration.Setting> settings() {
    return new InstanceFamily<>() {
      @Override
      public String name() {
        return "Gaussian N(mu, s^2) entries, mu in [1, 5], s in [0.5, 2], d in [2, 30],"
            + " N in [20, 100], delta in [0.05, 0.3], mu >= t";
      }

      @Override
      public AppendixDConcentration.Setting draw(Draws draws) {
        double s = draws.uniform(0.5, 2);
        int d = draws.intBetween(2, 30);
        int n = draws.intBetween(20, 100);
        double delta = draws.uniform(0.05, 0.3);
        double t = s * Math.sqrt(8.0 / 3.0) * Math.sqrt(Math.log(d / delta)
            / (AppendixDConcentration.GAUSSIAN_HOEFFDING_CONSTANT * n));
        double mu = Math.max(t, 1) + draws.uniform(0, 4);
        return new AppendixDConcentration.Setting(mu, s, d, n, delta);
      }
    };
  }

  @Test
  @Verifies("NRSS:lem-D.4")
  @Verifies("NRSS:eq-44")
  @Verifies("NRSS:rem-D.4")
  @Verifies("NRSS:eq-45")
  @Verifies("NRSS:lem-D.5")
  @Verifies("NRSS:eq-46")
  @Verifies("NRSS:eq-47")
  void lemmasDFourAndDFiveHoldForGaussianData() {
    long[] seed = {0};
    PropertyHarness.forAll("NRSS:lem-D.4 Gaussian concentration", settings(),
        setting -> AppendixDConcentration.check(setting, DATA_SETS, ++seed[0]),
        PropertyHarness.tries());
  }

  /**
   * Erratum (rem-D.5): the printed display {@code mu^2 + sigma^2 - sigma^2 sqrt(log(2d/delta)/N)
   * <= Ehat(x_i^2)} for all i "with probability >= 1 - delta" fails at the paper's own defaults
   * (mu = 5, s^2 = 5, d = 100, N = 50, delta = 0.1): E x^2 = mu^2 + s^2 = 30, but the display's
   * lower end is 33.09 since sigma^2 = (8/3) s^2 is the psi_2 norm squared. Rigorous: the display
   * needs {@code q_i >= L} for all d independent coordinates, probability at most
   * {@code P[q_1 >= L]^d}, and Chernoff bounds {@code P[q_1 >= L]}. Simulation agrees.
   */
  @Test
  @Verifies("NRSS:rem-D.5")
  void printedTwoSidedDisplayOfLemmaDFiveFailsAtSectionSevenDefaults() {
    AppendixDConcentration.Setting defaults =
        new AppendixDConcentration.Setting(5, Math.sqrt(5), 100, 50, 0.1);
    double lowerEnd = defaults.displayD5()[0];
    assertThat(lowerEnd).isGreaterThan(30.0);
    double single = AppendixDConcentration.chernoffUpperTail(defaults, lowerEnd);
    double holds = Math.pow(single, defaults.dimension());
    System.out.printf("[tacit] NRSS:rem-D.5 erratum: display lower end %.4f > E x^2 = 30;"
        + " P[q_1 >= L] <= %.4g, P[display holds] <= %.4g (claimed >= 0.9)%n", lowerEnd, single,
        holds);
    assertThat(single).isLessThan(1.0);
    assertThat(holds).isLessThan(1 - defaults.delta());
    AppendixDConcentration.Frequencies f = AppendixDConcentration.simulate(defaults, 200, 7);
    assertThat((double) f.displayLowerFailures())
        .isGreaterThan(AppendixDConcentration.allowance(200, defaults.delta()));
  }

  /** The Chernoff bound is a valid bound: at levels where simulation is informative it is not below the simulated tail. */
  @Test
  @Verifies("NRSS:rem-D.5")
  void chernoffTailBoundsTheSimulatedTail() {
    AppendixDConcentration.Setting one = new AppendixDConcentration.Setting(1, 1, 1, 10, 0.1);
    double level = 2.6;
    double bound = AppendixDConcentration.chernoffUpperTail(one, level);
    int trials = 20000;
    org.tacit.verify.SeededDraws draws = new org.tacit.verify.SeededDraws(11);
    int above = 0;
    for (int k = 0; k < trials; k++) {
      double sum = 0;
      for (int n = 0; n < 10; n++) {
        double x = 1 + draws.gaussian();
        sum += x * x;
      }
      above += sum / 10 >= level ? 1 : 0;
    }
    assertThat(bound).isLessThan(1.0);
    assertThat((double) above).isLessThanOrEqualTo(AppendixDConcentration.allowance(trials, bound));
    assertThat(AppendixDConcentration.chernoffUpperTail(one, 1.5)).isEqualTo(1.0);
  }

  /**
   * rem-5.1: the weightings concentrate, so that the ratio {@code max_i q_i / min_i xbar_i^2}
   * (the factor of the deterministic core of Lemma 5.1) approaches
   * {@code gamma_2 / gamma_1 = 1 + s^2/mu^2} as N grows (d = 20, mu = 5, s^2 = 5, 20 data sets):
   * its worst distance from the limit shrinks from N = 50 to N = 5000, where it is below 10%.
   */
  @Test
  @Verifies("NRSS:rem-5.1")
  void weightingsConcentrateToTheirMeans() {
    double limit = 1 + 5.0 / 25.0;
    double previous = Double.POSITIVE_INFINITY;
    for (int n : new int[] {50, 500, 5000}) {
      AppendixDConcentration.Setting setting =
          new AppendixDConcentration.Setting(5, Math.sqrt(5), 20, n, 0.1);
      double[] range = AppendixDConcentration.simulate(setting, 20, n).meanSquareRange();
      double worst = Math.max(Math.abs(range[3] / range[0] - limit),
          Math.abs(range[2] / range[1] - limit));
      System.out.printf("[tacit] NRSS:rem-5.1 N=%d: min xbar^2 %.4f, max xbar^2 %.4f (mu^2 = 25),"
          + " min q %.4f, max q %.4f (mu^2 + s^2 = 30), worst |ratio - 1.2| %.4f%n", n, range[0],
          range[1], range[2], range[3], worst);
      assertThat(worst).isLessThan(previous);
      previous = worst;
    }
    assertThat(previous).isLessThan(0.1 * limit);
  }
}
