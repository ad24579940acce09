package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/** TDR Figure 4 at tiny scale: the memorization step scales like 1/alpha. */
class TdrFigureFourExperimentTest {

  /**
   * At beta = 2e-5 both runs memorize within the tiny budget and {@code t1} halves when alpha
   * doubles (the linear phase contracts at rate {@code 1 - alpha lambda_min}, so
   * {@code t1 ~ c / alpha}): the ratio is within [1.8, 2.2]. The delay {@code t2 - t1 ~ 1/(alpha
   * beta)} needs the full scale ({@code tacit reproduce tdr-fig4 --scale full}).
   */
  @Test
  @Verifies("TDR:fig-4")
  void memorizationStepScalesInverselyWithTheStep() {
    TdrFigureFourExperiment experiment = new TdrFigureFourExperiment();
    List<SweepPoint> points = experiment.points(ExperimentScale.TINY);
    long slow = Long.parseLong(experiment.run(points.get(0)).get(3));
    long fast = Long.parseLong(experiment.run(points.get(1)).get(3));
    assertThat(points.get(0).values()[1]).isEqualTo(0.2);
    assertThat(points.get(1).values()[1]).isEqualTo(0.4);
    assertThat(fast).isPositive();
    assertThat((double) slow / fast).isBetween(1.8, 2.2);
  }
}
