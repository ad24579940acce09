package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.AppendixDFamilies;
import org.tacit.stepsize.model.ConcentrationTrial;
import org.tacit.stepsize.model.GaussianConcentration;
import org.tacit.stepsize.model.GaussianSetting;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Lemmas D.4 and D.5 of NRSS for Gaussian data (explicit constants, see
 * {@link GaussianConcentration}, {@link GaussianConcentrationLemmaChecker}): on random settings, the exact probability chain of rem-D.4 and
 * simulated failure frequencies of (44)-(47) against delta (Bernstein allowance, false alarm
 * 1e-7 per check); the printed two-sided display of rem-D.5 shown false at the paper's Section 7
 * defaults (erratum, with a rigorous Chernoff bound); and the concentration of the weightings
 * claimed in rem-5.1. Examples per property: {@code -Dtacit.tries}.
 */
class GaussianConcentrationLemmaProperties {

  @Test
  @Verifies("NRSS:lem-D.4")
  @Verifies("NRSS:eq-44")
  @Verifies("NRSS:rem-D.4")
  @Verifies("NRSS:eq-45")
  @Verifies("NRSS:lem-D.5")
  @Verifies("NRSS:eq-46")
  @Verifies("NRSS:eq-47")
  void lemmasDFourAndDFiveHoldForGaussianData() {
    PropertyHarness.verify("NRSS:lem-D.4 Gaussian concentration", new CheckSuite<>(
        new GaussianConcentrationLemmaChecker(), AppendixDFamilies.gaussianConcentration()));
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
    GaussianSetting defaults = new GaussianSetting(5, Math.sqrt(5), 100, 50, 0.1);
    double lowerEnd = defaults.displayLowerEnd();
    assertThat(lowerEnd).isGreaterThan(30.0);
    double single = GaussianConcentration.chernoffUpperTail(defaults, lowerEnd);
    double holds = Math.pow(single, defaults.dimension());
    System.out.printf("[tacit] NRSS:rem-D.5 erratum: display lower end %.4f > E x^2 = 30;"
        + " P[q_1 >= L] <= %.4g, P[display holds] <= %.4g (claimed >= 0.9)%n", lowerEnd, single,
        holds);
    assertThat(single).isLessThan(1.0);
    assertThat(holds).isLessThan(1 - defaults.delta());
    GaussianConcentration.Frequencies f = GaussianConcentration.simulate(defaults, 200, 7);
    assertThat((double) f.displayLowerFailures())
        .isGreaterThan(GaussianConcentration.allowance(200, defaults.delta()));
    Verdict printed = new GaussianConcentrationLemmaChecker(StatementForm.PRINTED)
        .check(new ConcentrationTrial(defaults, 200, 7));
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.failures()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.specId()).isEqualTo("NRSS:rem-D.5"))
        .anySatisfy(c -> assertThat(c.label())
            .startsWith("printed display: failures of mu^2 + sigma^2 - "));
    assertThat(new GaussianConcentrationLemmaChecker().check(new ConcentrationTrial(defaults, 200, 7))
        .holds()).isTrue();
  }

  /** The Chernoff bound is a valid bound: at levels where simulation is informative it is not below the simulated tail. */
  @Test
  @Verifies("NRSS:rem-D.5")
  void chernoffTailBoundsTheSimulatedTail() {
    GaussianSetting one = new GaussianSetting(1, 1, 1, 10, 0.1);
    double level = 2.6;
    double bound = GaussianConcentration.chernoffUpperTail(one, level);
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
    assertThat((double) above).isLessThanOrEqualTo(GaussianConcentration.allowance(trials, bound));
    assertThat(GaussianConcentration.chernoffUpperTail(one, 1.5)).isEqualTo(1.0);
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
      GaussianSetting setting = new GaussianSetting(5, Math.sqrt(5), 20, n, 0.1);
      GaussianConcentration.WeightingRange range =
          GaussianConcentration.simulate(setting, 20, n).weightings();
      double worst = Math.max(Math.abs(range.maxSecondMoment() / range.minMeanSquare() - limit),
          Math.abs(range.minSecondMoment() / range.maxMeanSquare() - limit));
      System.out.printf("[tacit] NRSS:rem-5.1 N=%d: min xbar^2 %.4f, max xbar^2 %.4f (mu^2 = 25),"
          + " min q %.4f, max q %.4f (mu^2 + s^2 = 30), worst |ratio - 1.2| %.4f%n", n,
          range.minMeanSquare(), range.maxMeanSquare(), range.minSecondMoment(),
          range.maxSecondMoment(), worst);
      assertThat(worst).isLessThan(previous);
      previous = worst;
    }
    assertThat(previous).isLessThan(0.1 * limit);
  }
}
