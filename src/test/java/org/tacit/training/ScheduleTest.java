package org.tacit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The warm-up schedule against its formula {@code eta_t = eta_0 + (eta - eta_0) min(1, t / T_w)},
 * at dyadic values where every term is exact in double, so the expected values are exact.
 */
class ScheduleTest {

  /** {@code linear(1, 4)}: {@code eta_0 = 1/4}, then {@code 1/4 + (3/4)(t/4)} up to 1. */
  @Test
  void linearWarmupFollowsTheFormula() {
    WarmupSchedule schedule = WarmupSchedule.linear(1.0, 4);
    assertThat(schedule.initialStep()).isEqualTo(0.25);
    assertThat(schedule.stepAt(0)).isEqualTo(0.25);
    assertThat(schedule.stepAt(1)).isEqualTo(0.4375);
    assertThat(schedule.stepAt(2)).isEqualTo(0.625);
    assertThat(schedule.stepAt(3)).isEqualTo(0.8125);
    assertThat(schedule.stepAt(4)).isEqualTo(1.0);
    assertThat(schedule.stepAt(1_000_000_000_000L)).isEqualTo(1.0);
  }

  /** {@code eta_0 = 1/2, eta = 5/2, T_w = 8}: {@code eta_t = 1/2 + t/4} for {@code t <= 8}. */
  @Test
  void explicitWarmupFollowsTheFormula() {
    WarmupSchedule schedule = new WarmupSchedule(0.5, 2.5, 8);
    for (int t = 0; t <= 8; t++) {
      assertThat(schedule.stepAt(t)).as("t = %d", t).isEqualTo(0.5 + t / 4.0);
    }
    assertThat(schedule.stepAt(9)).isEqualTo(2.5);
  }

  @Test
  void constantAndZeroWarmupAreConstant() {
    StepSchedule constant = WarmupSchedule.constant(0.75);
    StepSchedule zero = WarmupSchedule.linear(0.75, 0);
    for (long t : new long[] {0, 1, 7, Long.MAX_VALUE}) {
      assertThat(constant.stepAt(t)).isEqualTo(0.75);
      assertThat(zero.stepAt(t)).isEqualTo(0.75);
    }
  }

  @Test
  void rejectsInvalidSteps() {
    assertThatThrownBy(() -> new WarmupSchedule(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarmupSchedule(1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarmupSchedule(1, Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarmupSchedule(Double.NaN, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarmupSchedule(1, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
