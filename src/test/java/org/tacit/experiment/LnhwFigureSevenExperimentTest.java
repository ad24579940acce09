package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * LNHW Figure 7 at paper scale with the authors' settings (MSELoss, step 0.05, 8000 updates,
 * u(0) = 1e-3): plain GD on (u, v) converges from v(0) = 0 and fails from a small v(0) pointing
 * away from v*.
 */
class LnhwFigureSevenExperimentTest {

  /**
   * (a) From v(0) = 0 the run ends below Corollary 1's rate {@code |S| sigma^2 log p / n}
   * (|S| = 16, sigma = 0.5, p = 500, n = 100), with every support direction within the angle that
   * this error allows: {@code cos >= sqrt(1 - rate / min ||w_l*||^2)}, {@code ||w_l*||^2 = 4}.
   * (b) From {@code v_l(0) = -(1e-3/2) 1_4} it fails: the error stays above a tenth of
   * {@code ||w*||^2 = 16} and some off-support entry reaches a tenth of the support entries 1
   * ("significant magnitudes").
   */
  @Test
  @Verifies("LNHW:fig-7")
  void zeroInitialisationConvergesAndOppositeInitialisationFails() {
    double rate = 16 * 0.25 * Math.log(500) / 100;
    LnhwFigureTrajectoryExperiment.Trace zero = LnhwFigureSevenExperiment.trajectory(true,
        LnhwFigureSevenExperiment.Run.ZERO_CODE);
    LnhwFigureTrajectoryExperiment.Trace opposite = LnhwFigureSevenExperiment.trajectory(true,
        LnhwFigureSevenExperiment.Run.OPPOSITE_CODE);
    int last = zero.length() - 1;
    assertThat(zero.steps()[last]).isEqualTo(LnhwFigureSevenExperiment.STEPS);
    assertThat(zero.error()[last]).isLessThan(rate);
    for (double cosine : zero.cosine()[last]) {
      assertThat(cosine).isGreaterThanOrEqualTo(Math.sqrt(1 - rate / 4));
    }
    int end = opposite.length() - 1;
    assertThat(opposite.error()[end]).isGreaterThan(1.6);
    assertThat(opposite.maxOffW()[end]).isGreaterThan(0.1);
  }
}
