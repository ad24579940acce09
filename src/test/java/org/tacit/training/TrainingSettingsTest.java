package org.tacit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of the stopping rules and checkpoint steps; the checkpoint list is copied. */
class TrainingSettingsTest {

  private static final StepSchedule STEP = WarmupSchedule.constant(0.5);

  @Test
  void rejectsInvalidThresholds() {
    assertThatThrownBy(() -> new TrainingSettings(STEP, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingSettings(STEP, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingSettings(STEP, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrainingSettings(STEP, 1, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkpointStepsMustBeNonNegativeAndStrictlyIncreasing() {
    TrainingSettings settings = new TrainingSettings(STEP, 1, 10);
    assertThat(settings.checkpointSteps()).isEmpty();
    assertThat(settings.withCheckpoints(0, 3, 7).checkpointSteps()).containsExactly(0L, 3L, 7L);
    assertThatThrownBy(() -> settings.withCheckpoints(-1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings.withCheckpoints(3, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings.withCheckpoints(5, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copiesTheCheckpointList() {
    List<Long> steps = new ArrayList<>(List.of(1L, 2L));
    TrainingSettings settings = new TrainingSettings(STEP, 1, 10, 0, steps);
    steps.add(3L);
    assertThat(settings.checkpointSteps()).containsExactly(1L, 2L);
  }
}
