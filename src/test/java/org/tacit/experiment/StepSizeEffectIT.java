package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * The qualitative step-size claims of NRSS Remarks 5.5 and 5.6, as orderings (no thresholds) at
 * the reproductions' full scale (Section 7 data, d = 100, N = 50, seed 1, alpha = 0.2, steps
 * 0.25 and 0.75 of the largest provably stable step (at 1.0 the mu = 10 run exhausts its budget), the points of nrss-fig1 and nrss-fig3):
 * <ul>
 *   <li>rem-5.5: for non-centred data (mu = 5) the larger step gives the smaller test loss;</li>
 *   <li>rem-5.6: the relative change of test loss between the two steps is smaller for centred
 *       data (mu = 0) than for non-centred data (mu = 10).</li>
 * </ul>
 */
class StepSizeEffectIT {

  private static double testLoss(NrssFigureOneExperiment experiment, double mu, double fraction) {
    List<String> row = experiment.run(new SweepPoint(0, new double[] {1, 0, 0.2, fraction, mu}, 1));
    assertThat(row.get(4)).as("converged at mu %s, fraction %s: %s", mu, fraction, row.get(5))
        .isEqualTo("true");
    return Double.parseDouble(row.get(8));
  }

  @Test
  @Verifies("NRSS:rem-5.5")
  @Verifies("NRSS:rem-5.6")
  void largerStepsHelpOnlyNonCentredData() {
    NrssFigureOneExperiment one = new NrssFigureOneExperiment();
    NrssFigureOneExperiment three = NrssFigureOneExperiment.figureThree();
    double smallFive = testLoss(one, 5, 0.25);
    double largeFive = testLoss(one, 5, 0.75);
    double smallZero = testLoss(three, 0, 0.25);
    double largeZero = testLoss(three, 0, 0.75);
    double smallTen = testLoss(three, 10, 0.25);
    double largeTen = testLoss(three, 10, 0.75);
    System.out.printf("[tacit] NRSS:rem-5.5/5.6 alpha = 0.2, test loss at 0.25 / 0.75 of the stable"
        + " step: mu = 5: %.4f / %.4f; mu = 0: %.4f / %.4f; mu = 10: %.4f / %.4f%n", smallFive,
        largeFive, smallZero, largeZero, smallTen, largeTen);
    assertThat(largeFive).isLessThan(smallFive);
    double changeZero = Math.abs(largeZero - smallZero) / smallZero;
    double changeTen = Math.abs(largeTen - smallTen) / smallTen;
    assertThat(changeZero).isLessThan(changeTen);
  }
}
