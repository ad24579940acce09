package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * ZG Figure 1 at tiny scale (d = 200, time-rescaled step): the qualitative features of the
 * figure, read from the rows the reproduction writes.
 */
class ZgFigureOneExperimentTest {

  /**
   * T1 is much earlier than the end of the run (Stage 1 is short), the loss reaches 1e-5, the
   * quadratic term has recovered the signal ({@code ||lambda (w^2 - u^2)|| within 0.15 of
   * ||beta*|| = 1} from T1 on), v stays below {@code 2 sigma sqrt(n/d)}, and the rows carry stage
   * 1 before T1 and stage 2 from it.
   */
  @Test
  @Verifies("ZG:fig-1")
  void tinyFigureShowsTheTwoStages() {
    ZgFigureOneExperiment experiment = new ZgFigureOneExperiment();
    List<SweepPoint> points = experiment.points(ExperimentScale.TINY);
    assertThat(points).hasSize(ZgFigureOneExperiment.ROWS + 1);
    List<String> first = experiment.run(points.get(0));
    List<String> last = experiment.run(points.get(points.size() - 1));
    assertThat(first).hasSize(experiment.columns().size());
    int column = experiment.columns().indexOf("T1");
    int t1 = Integer.parseInt(last.get(column));
    int end = Integer.parseInt(last.get(experiment.columns().indexOf("T")));
    assertThat(t1).isPositive().isLessThan(end / 10);
    assertThat(Integer.parseInt(first.get(experiment.columns().indexOf("step")))).isZero();
    assertThat(Double.parseDouble(last.get(experiment.columns().indexOf("trainingLoss"))))
        .isLessThanOrEqualTo(1e-5);
    double n = Math.floor(3 * Math.sqrt(200));
    double vCap = 2 * 0.1 * Math.sqrt(n / 200);
    for (SweepPoint point : points) {
      List<String> row = experiment.run(point);
      int step = Integer.parseInt(row.get(experiment.columns().indexOf("step")));
      String stage = row.get(experiment.columns().indexOf("stage"));
      double quadratic = Double.parseDouble(row.get(experiment.columns().indexOf("quadraticNorm")));
      double v = Double.parseDouble(row.get(experiment.columns().indexOf("vNorm")));
      assertThat(v).isLessThan(vCap);
      if (step < t1) {
        assertThat(stage).isEqualTo("1");
      } else {
        assertThat(stage).isIn("2", "2.2");
        assertThat(Math.abs(quadratic - 1)).isLessThan(0.15);
      }
    }
  }
}
