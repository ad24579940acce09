package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * TDR Figure 3 at tiny scale (n = 20, s = 2, N = 10, alpha = 0.4, beta = 2e-5, 5e4 steps): the
 * grokking pattern of the paper's claim, memorization first, then recovery.
 */
class TdrFigureThreeExperimentTest {

  /**
   * The paper's claims checked: the training error reaches the memorization threshold 1e-4 early
   * (t1 found, before 1% of the run) while the test error there is still large (above 0.1: the run
   * memorized without generalizing), and the test error then keeps falling (below 0.6 times its
   * value at t1 by the end of the tiny budget, a quarter of the predicted delay
   * {@code ~ 1/(alpha beta)}) while {@code ||a||_1} decreases from its peak above
   * {@code ||a*||_1} towards it (the l1 term takes over). The G.1.2-scale run
   * ({@code a* ~ N(0, 1/n)}) never reaches the memorization threshold at this beta: its training
   * error plateaus above 1e-4 (inventory E33: the plateau is Theta(beta)).
   */
  @Test
  @Verifies("TDR:fig-3")
  void memorizesFirstAndRecoversLater() {
    TdrFigureThreeExperiment.Trace unit = TdrFigureThreeExperiment.run(false, true);
    assertThat(unit.t1()).isPositive().isLessThan(TdrFigureThreeExperiment.STEPS_TINY / 100);
    double[][] rows = unit.rows();
    double[] atMemorization = null;
    for (double[] row : rows) {
      if (row[0] >= unit.t1()) {
        atMemorization = row;
        break;
      }
    }
    assertThat(atMemorization).isNotNull();
    assertThat(atMemorization[2]).isGreaterThan(0.1);
    double[] last = rows[rows.length - 1];
    assertThat(last[0]).isEqualTo(TdrFigureThreeExperiment.STEPS_TINY);
    assertThat(last[2]).isLessThan(0.6 * atMemorization[2]);
    double peak = 0;
    for (double[] row : rows) {
      peak = Math.max(peak, row[3]);
    }
    assertThat(peak).isGreaterThan(unit.truthL1());
    assertThat(last[3]).isLessThan(peak).isGreaterThan(unit.truthL1());

    TdrFigureThreeExperiment.Trace small = TdrFigureThreeExperiment.run(false, false);
    assertThat(small.t1()).isEqualTo(-1);
    assertThat(small.rows()[small.rows().length - 1][1]).isGreaterThan(1e-4);
  }
}
