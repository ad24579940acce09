package org.tacit.grokking.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The memorization / generalization steps and the l1 subgradient at zero weights. */
class AccuracyStepsTest {

  private static MlpObjective.Measurement at(long step, double train, double test) {
    return new MlpObjective.Measurement(step, 0, train, 0, test, 0, 0, 0);
  }

  @Test
  @Verifies("TDR:fig-1")
  void stepsAreTheFirstRecordedCrossings() {
    List<MlpObjective.Measurement> run = List.of(at(0, 0.1, 0.0), at(50, 1.0, 0.4),
        at(100, 0.99, 0.95), at(150, 1.0, 1.0));
    AccuracySteps strict = AccuracySteps.of(run, 1.0, 1.0);
    assertThat(strict.memorization()).hasValue(50);
    assertThat(strict.generalization()).hasValue(150);
    AccuracySteps loose = AccuracySteps.of(run, 0.95, 0.9);
    assertThat(loose.generalization()).hasValue(100);
    assertThat(AccuracySteps.of(run.subList(0, 2), 1.0, 1.0).generalization()).isEmpty();
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void l1SubgradientIsZeroAtZeroWeightsAndBiasesAreNotRegularized() {
    ModularAdditionMlp model = new ModularAdditionMlp(3, 2, 2);
    double[] theta = model.initialParameters(new SeededDraws(3));
    theta[0] = 0;
    theta[model.firstBiasOffset()] = 5;
    double[] gradient = new double[theta.length];
    WeightRegularizer.L1.addSubgradient(theta, model.weights(), 0.5, gradient);
    assertThat(gradient[0]).isZero();
    assertThat(gradient[1]).isEqualTo(0.5 * Math.signum(theta[1]));
    assertThat(gradient[model.firstBiasOffset()]).isZero();
    assertThat(gradient[model.secondBiasOffset()]).isZero();
    assertThat(WeightRegularizer.NONE.value(theta, model.weights())).isZero();
  }
}
