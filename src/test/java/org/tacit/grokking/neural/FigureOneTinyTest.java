package org.tacit.grokking.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.experiment.ExperimentScale;
import org.tacit.experiment.SweepPoint;
import org.tacit.experiment.TdrFigureOneExperiment;
import org.tacit.spec.Verifies;

/**
 * The tiny scale of {@code tdr-fig1} (p = 23, d1 = d2 = 32, 1200 full-batch Adam steps, seed 1),
 * its l2 run only (the fastest, about a second): the rows follow the columns, and the run shows
 * the figure's qualitative shape at this seed: 100% training accuracy is reached strictly before
 * 100% test accuracy, and the test accuracy ends at 1. A measured outcome at one seed (see
 * {@code proofs-notes/TDR/neural.md} for the other seeds), not a theorem.
 */
class FigureOneTinyTest {

  @Test
  @Verifies("TDR:fig-1")
  void tinyL2RunMemorizesBeforeItGeneralizes() {
    TdrFigureOneExperiment experiment = new TdrFigureOneExperiment();
    List<SweepPoint> points = experiment.points(ExperimentScale.TINY);
    List<SweepPoint> l2 = points.stream().filter(p -> p.values()[1] == 2).toList();
    assertThat(l2).hasSize((int) (TdrFigureOneExperiment.TINY_STEPS / 50 + 1));
    List<String> first = experiment.run(l2.get(0));
    List<String> last = experiment.run(l2.get(l2.size() - 1));
    assertThat(first).hasSize(experiment.columns().size());
    assertThat(Long.parseLong(first.get(2))).isZero();
    assertThat(Long.parseLong(last.get(2))).isEqualTo(TdrFigureOneExperiment.TINY_STEPS);
    long t1 = Long.parseLong(last.get(10));
    long t2 = Long.parseLong(last.get(11));
    assertThat(t1).isPositive();
    assertThat(t2).isGreaterThan(t1);
    assertThat(Double.parseDouble(last.get(4))).as("final test accuracy").isEqualTo(1.0);
  }
}
