package org.tacit.grokking.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** The dataset split, the MLP's shapes and a tiny full-batch Adam run. */
class ModularAdditionTrainingTest {

  @Test
  @Verifies("TDR:rem-H.3.1")
  void paperSplitHas3763TrainingPairsAndCoversEveryPairOnce() {
    ModularAdditionData data = ModularAdditionData.split(97, 0.4, new SeededDraws(1));
    assertThat(data.train().size()).isEqualTo(3763);
    assertThat(data.test().size()).isEqualTo(97 * 97 - 3763);
    Set<Integer> seen = new HashSet<>();
    for (ModularAdditionData.PairSet set : List.of(data.train(), data.test())) {
      for (int b = 0; b < set.size(); b++) {
        assertThat(Math.floorMod(set.first()[b] + set.second()[b] - set.labels()[b], 97))
            .isZero();
        assertThat(set.labels()[b]).isBetween(0, 96);
        seen.add(set.first()[b] * 97 + set.second()[b]);
      }
    }
    assertThat(seen).hasSize(97 * 97);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void paperScaleMlpHasThePaperShapes() {
    ModularAdditionMlp model = new ModularAdditionMlp(97, 64, 64);
    // E 97 x 64, W1 64 x 64, b1 64, W2 97 x 64, b2 97
    assertThat(model.parameterCount()).isEqualTo(97 * 64 + 64 * 64 + 64 + 97 * 64 + 97);
    assertThat(model.weights()).extracting(WeightBlock::rows).containsExactly(97, 64, 97);
    assertThat(model.weights()).extracting(WeightBlock::columns).containsExactly(64, 64, 64);
  }

  @Test
  @Verifies("TDR:rem-H.3.1")
  void tinyRunMemorizesAndIsDeterministic() {
    MlpTraining.Setting setting = new MlpTraining.Setting(11, 16, 16, 0.4, WeightRegularizer.L1,
        1e-4, 1e-2, 300, 25, 5);
    MlpTraining.Run run = MlpTraining.run(setting);
    MlpTraining.Run again = MlpTraining.run(setting);
    assertThat(again.result().theta()).isEqualTo(run.result().theta());
    assertThat(run.measurements()).hasSize(13);
    MlpObjective.Measurement first = run.measurements().get(0);
    MlpObjective.Measurement last = run.measurements().get(run.measurements().size() - 1);
    // initial cross-entropy near log 11 = 2.40 for logits of order 1; training drives it down
    assertThat(first.trainLoss()).isBetween(1.5, 4.0);
    assertThat(last.trainLoss()).isLessThan(first.trainLoss() / 10);
    assertThat(last.trainAccuracy()).isEqualTo(1.0);
    AccuracySteps steps = AccuracySteps.of(run.measurements(), 1.0, 1.0);
    assertThat(steps.memorization()).isPresent();
  }
}
