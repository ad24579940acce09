package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.training.GradientDescent;
import org.tacit.training.StepSchedule;
import org.tacit.training.TrainingResult;
import org.tacit.training.TrainingSettings;
import org.tacit.verify.SeededDraws;

/**
 * The double-precision GD (2) through {@link GradientDescent} against the exact rational step. On
 * the arbitrary-state family with {@code n} in {@code {2, 4}} every quantity of one step is a
 * dyadic rational with a denominator at most {@code 2^20} and a small numerator (state {@code k/4},
 * {@code lambda = j/4}, {@code eta} in {@code {1/8, 1/16}}, integer {@code X}, labels in
 * {@code Z/4}, division by {@code n} a power of two), so every floating-point operation is exact
 * and the double step must equal the exact step bit for bit: no tolerance.
 */
class LearnerObjectiveTest {

  @Test
  @Verifies("ZG:eq-2")
  void oneDoubleStepEqualsTheExactStepOnDyadicInstances() {
    SeededDraws draws = new SeededDraws(11);
    int compared = 0;
    for (int trial = 0; trial < 200; trial++) {
      LearnerInstance instance = LearnerFamilies.arbitraryState().draw(draws);
      LearnerData data = instance.data();
      int n = data.samples();
      if (n == 3) {
        continue;
      }
      compared++;
      int d = data.dimension();
      LearnerObjective objective = new LearnerObjective(flat(data.x()),
          toDouble(data.labels()), n, d, data.lambda().doubleValue());
      double[] theta = concat(instance.start());
      TrainingResult result = GradientDescent.run(objective, theta,
          new TrainingSettings(constant(instance.eta().doubleValue()), Double.MIN_VALUE, 1));
      LearnerState exact = instance.trajectory().get(1);
      assertThat(result.theta()).containsExactly(concat(exact));
      assertThat(objective.loss(concat(instance.start())))
          .isEqualTo(data.loss(instance.start()).doubleValue());
    }
    assertThat(compared).isPositive();
  }

  /** Hand-worked: n = d = 1, X = 1, y = 1, lambda = 1, w = u = 1, v = 0: r = -1, g = -1. */
  @Test
  @Verifies("ZG:eq-2")
  void handWorkedGradient() {
    LearnerObjective objective = new LearnerObjective(new double[] {1}, new double[] {1}, 1, 1, 1);
    double[] theta = {1, 1, 0};
    assertThat(objective.loss(theta)).isEqualTo(0.5);
    double[] gradient = new double[3];
    objective.gradient(theta, gradient);
    assertThat(gradient).containsExactly(-2, 2, -1);
    objective.descend(theta, 0.5);
    assertThat(theta).containsExactly(2, 0, 0.5);
  }

  private static StepSchedule constant(double eta) {
    return t -> eta;
  }

  private static double[] flat(BigRational[][] x) {
    int d = x[0].length;
    double[] out = new double[x.length * d];
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < d; k++) {
        out[i * d + k] = x[i][k].doubleValue();
      }
    }
    return out;
  }

  private static double[] toDouble(BigRational[] v) {
    double[] out = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = v[k].doubleValue();
    }
    return out;
  }

  private static double[] concat(LearnerState state) {
    int d = state.dimension();
    double[] out = new double[3 * d];
    List<BigRational[]> blocks = List.of(state.w(), state.u(), state.v());
    for (int b = 0; b < 3; b++) {
      for (int k = 0; k < d; k++) {
        out[b * d + k] = blocks.get(b)[k].doubleValue();
      }
    }
    return out;
  }
}
