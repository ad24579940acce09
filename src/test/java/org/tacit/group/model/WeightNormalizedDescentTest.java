package org.tacit.group.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.training.IterationLoop;

/** The double implementation of Algorithms 1 and 2: the domain and zero-direction guards. */
class WeightNormalizedDescentTest {

  /**
   * Rows of H_4 restricted to three columns, groups {0, 1} and {2}: w* = (3, 4, 0), y = X w*, so
   * a = (3, 4, 0). With u(0) = 1/4 and v(0) = ((1, 0), (1)) every quantity is dyadic, so double
   * arithmetic is exact at the first update: the scaled z of group 1 is u^2 v + (a - u^2 v) = 0
   * exactly, the guard keeps v_2 = 1 and counts the event at update 0; group 0 gets a / ||a|| =
   * (3/5, 4/5).
   */
  @Test
  @Verifies("LNHW:alg-1")
  void zeroDirectionKeepsThePreviousDirection() {
    GroupPartition groups = GroupPartition.ofSizes(2, 1);
    double[] x = {1, 1, 1, 1, -1, 1, 1, 1, -1, 1, -1, -1};
    double[] y = new double[4];
    for (int row = 0; row < 4; row++) {
      y[row] = 3 * x[row * 3] + 4 * x[row * 3 + 1];
    }
    GroupedDesign design = new GroupedDesign(4, groups, x, y);
    AlgorithmRun run = AlgorithmRun.of(design, AlgorithmSettings.algorithmOne(1.0 / 16),
        new double[] {0.25, 0.25}, new double[] {1, 0, 1}, 1, 0, 1);
    assertThat(run.zeroDirections()).isEqualTo(1);
    assertThat(run.firstZeroDirectionStep()).isZero();
    assertThat(run.v(1)).containsExactly(0.6, 0.8, 1.0);
  }

  /**
   * One group of size 1, X = (1), y = 1, u(0) = 2, v(0) = 1, gamma = 10: the scaled v-step gives
   * z = u^2 v + (y - u^2 v) = 1, so v(1) = 1; then r' = 1 - 4 = -3 and the u-factor is
   * 1 + 2 * 10 * (-3) = -59 < 0, so update 0 is refused and the run ends at (u, v) = (2, 1).
   */
  @Test
  @Verifies("LNHW:alg-1")
  void anUpdateMakingUNonPositiveEndsTheRun() {
    GroupedDesign design = new GroupedDesign(1, GroupPartition.contiguous(1, 1),
        new double[] {1}, new double[] {1});
    AlgorithmRun run = AlgorithmRun.of(design, AlgorithmSettings.algorithmOne(10),
        new double[] {2}, new double[] {1}, 5, 0);
    assertThat(run.result().reason()).startsWith(IterationLoop.STOPPED + "u_0(t+1) = ");
    assertThat(run.result().steps()).isZero();
    assertThat(run.result().theta()).containsExactly(2.0, 1.0);
  }
}
