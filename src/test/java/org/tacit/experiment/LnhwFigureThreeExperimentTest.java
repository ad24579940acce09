package org.tacit.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.tacit.group.model.AlgorithmSimulation;
import org.tacit.group.model.GroupPartition;
import org.tacit.spec.Verifies;

/**
 * LNHW Figure 3 at paper scale (support 5..13, Algorithm 2, 1000 updates): convergence of
 * entries and directions, incremental learning, and the practical switching rule of Appendix D.3
 * (inventory E17).
 */
class LnhwFigureThreeExperimentTest {

  private static final double RATE = 9 * 0.25 * Math.log(300) / 150;

  private static final Map<LnhwFigureThreeExperiment.Variant,
      LnhwFigureTrajectoryExperiment.Trace> RUNS = new ConcurrentHashMap<>();

  private static LnhwFigureTrajectoryExperiment.Trace run(
      LnhwFigureThreeExperiment.Variant variant) {
    return RUNS.computeIfAbsent(variant, v -> LnhwFigureThreeExperiment.algorithmTwo(true, v));
  }

  /**
   * Every variant ends below Corollary 1's rate {@code |S| sigma^2 log p / n}; then the angle
   * between {@code v_l} and {@code v_l*} has {@code sin <= ||w_l - w_l*|| / ||w_l*||}, so
   * {@code <v_l, v_l*> >= sqrt(1 - rate / min ||w_l*||^2)} (min ||w_l*||^2 = 110); and the groups
   * reach {@code u_l^2 >= (u_l*)^2 / 2} in the order of decreasing ||w_l*|| (incremental learning:
   * the growth rate of u_l is proportional to ||X_l^T y / n|| ~ ||w_l*||).
   */
  @Test
  @Verifies("LNHW:fig-3")
  void convergesAndLearnsGroupsInOrderOfMagnitude() {
    double[] target = LnhwFigureThreeExperiment.simulation(true).targetMagnitudes();
    double cosineBound = Math.sqrt(1 - RATE / 110);
    for (LnhwFigureThreeExperiment.Variant variant : LnhwFigureThreeExperiment.Variant.values()) {
      LnhwFigureTrajectoryExperiment.Trace trace =
          run(variant);
      int last = (int) LnhwFigureThreeExperiment.STEPS;
      assertThat(trace.error()[last]).as(variant.name()).isLessThan(RATE);
      for (double cosine : trace.cosine()[last]) {
        assertThat(cosine).as(variant.name()).isGreaterThanOrEqualTo(cosineBound);
      }
      long first = LnhwFigureTrajectoryExperiment.reachTime(trace, 2, target[2]);
      long second = LnhwFigureTrajectoryExperiment.reachTime(trace, 1, target[1]);
      long third = LnhwFigureTrajectoryExperiment.reachTime(trace, 0, target[0]);
      assertThat(first).as(variant.name()).isPositive();
      assertThat(second).as(variant.name()).isGreaterThan(first);
      assertThat(third).as(variant.name()).isGreaterThan(second);
    }
  }

  /**
   * Appendix D.3 motivates the practical rule by saying it would imply
   * {@code u_l^2 >= (u_l*)^2 / 2} on the support. With the figure's settings it cannot: the
   * relative change of u_l in update 0 is {@code 2 gamma c |<X_l v_l(1), r'> / n|}, and with
   * {@code w(0) = alpha^2 v(0)} of size 1e-12, {@code r'} is y up to 1e-9, so it is at most
   * {@code 2 gamma c max_l ||X_l^T y / n||} (+ 1e-6); computed from the data this bound is below
   * tau = 0.1, so the rule holds after update 0 and the paper-convention run switches at t = 1
   * (the code's variant, comparing the first update with 1, at t = 2), while Theorem 4's rule
   * holds only hundreds of steps later, and at the switch {@code u_l^2} is of the order of
   * alpha^2, far below {@code (u_l*)^2 / 2}.
   */
  @Test
  @Verifies("LNHW:rem-D.3.1")
  @Verifies("LNHW:alg-2")
  void practicalRuleFiresAtTheFirstUpdate() {
    AlgorithmSimulation simulation = LnhwFigureThreeExperiment.simulation(true);
    GroupPartition groups = simulation.design().groups();
    double[] correlations = simulation.design().correlations(simulation.design().responses());
    double largest = 0;
    for (int l = 0; l < groups.groupCount(); l++) {
      double sum = 0;
      for (int i : groups.members(l)) {
        sum += correlations[i] * correlations[i];
      }
      largest = Math.max(largest, Math.sqrt(sum));
    }
    double bound = 2 * LnhwFigureTwoExperiment.GAMMA * 1 * largest + 1e-6;
    assertThat(bound).isLessThan(LnhwFigureThreeExperiment.TAU);
    LnhwFigureTrajectoryExperiment.Trace practical =
        run(LnhwFigureThreeExperiment.Variant.PAPER_PRACTICAL);
    LnhwFigureTrajectoryExperiment.Trace theory =
        run(LnhwFigureThreeExperiment.Variant.PAPER_THEORY);
    assertThat(2 * LnhwFigureTwoExperiment.GAMMA * 2 * largest + 1e-6)
        .isLessThan(LnhwFigureThreeExperiment.TAU);
    LnhwFigureTrajectoryExperiment.Trace code =
        run(LnhwFigureThreeExperiment.Variant.CODE_PRACTICAL);
    assertThat(practical.switchStep()).isEqualTo(1);
    assertThat(code.switchStep()).isEqualTo(2);
    assertThat(theory.switchStep()).isGreaterThan(100);
    double[] target = simulation.targetMagnitudes();
    for (int l = 0; l < 3; l++) {
      double u = practical.supportU()[1][l];
      assertThat(u * u).isLessThan(target[l] / 2);
    }
  }

  /**
   * Figure 11 (Gaussian design, the authors' seed 42 for our generator): the claim is only that
   * entries, magnitudes and directions converge; as for Figure 3, every variant ends below
   * Corollary 1's rate with the directions within the angle that error allows. (The order in
   * which the groups are learned is not claimed for this figure and is not asserted.)
   */
  @Test
  @Verifies("LNHW:fig-11")
  void gaussianDesignConverges() {
    double cosineBound = Math.sqrt(1 - RATE / 110);
    for (LnhwFigureThreeExperiment.Variant variant : LnhwFigureThreeExperiment.Variant.values()) {
      LnhwFigureTrajectoryExperiment.Trace trace =
          LnhwFigureThreeExperiment.algorithmTwo(true, variant, true);
      int last = (int) LnhwFigureThreeExperiment.STEPS;
      assertThat(trace.error()[last]).as(variant.name()).isLessThan(RATE);
      for (double cosine : trace.cosine()[last]) {
        assertThat(cosine).as(variant.name()).isGreaterThanOrEqualTo(cosineBound);
      }
    }
  }
}
