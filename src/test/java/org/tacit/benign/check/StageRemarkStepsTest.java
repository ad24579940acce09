package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.benign.family.StageFamilies;
import org.tacit.benign.model.StageBoundaries;
import org.tacit.benign.model.StageInstance;
import org.tacit.benign.model.StageTrajectory;
import org.tacit.spec.Verifies;
import org.tacit.training.ProgressListener;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * The proof steps of ZG remarks B.4, C.1-C.6 and D.1 on a GD run (the family's run at d = 250),
 * and an instance that understates its noise level, caught by remark B.4's O(sigma sqrt n) check
 * alone among the steps.
 */
class StageRemarkStepsTest {

  private static StageInstance instance() {
    return StageFamilies.instance(250, new SeededDraws(4), StageFamilies.SIGMA,
        StageFamilies.ALPHA, 1.0);
  }

  @Test
  @Verifies("ZG:rem-B.4")
  @Verifies("ZG:rem-C.1")
  @Verifies("ZG:rem-C.2")
  @Verifies("ZG:rem-C.3")
  @Verifies("ZG:rem-C.4")
  @Verifies("ZG:rem-C.5")
  @Verifies("ZG:rem-C.6")
  @Verifies("ZG:rem-D.1")
  void everyStepHoldsOnTheRun() {
    Verdict verdict = new StageTwoLemmaChecker().check(instance());
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    for (String id : new String[] {"ZG:rem-B.4", "ZG:rem-C.1", "ZG:rem-C.2", "ZG:rem-C.3",
        "ZG:rem-C.4", "ZG:rem-C.5", "ZG:rem-C.6", "ZG:rem-D.1"}) {
      assertThat(verdict.checks()).as(id).anyMatch(c -> c.specId().equals(id));
    }
    assertThat(verdict.checks()).filteredOn(c -> c.specId().equals("ZG:rem-C.3")).singleElement()
        .matches(Check::exact);
  }

  /**
   * sigma claimed ten times smaller than the noise drawn (the run and its boundaries are those of
   * the true instance: sigma only enters the scales): ||r^(T1)|| / (sigma sqrt n) ~ 15 > cap.
   */
  @Test
  @Verifies("ZG:rem-B.4")
  void anUnderstatedNoiseLevelFailsOnlyTheResidualScale() {
    StageInstance valid = instance().withLossTarget(instance().lossTarget() / 10);
    StageInstance understated = new StageInstance(valid.x(), valid.samples(),
        valid.dimension(), valid.noise(), valid.betaStar(), valid.sigma() / 10, valid.lambda(),
        valid.alpha(), valid.eta(), valid.lossTarget(), valid.maxSteps());
    double eps = instance().lossTarget();
    StageTrajectory run = StageTrajectory.run(valid, StageTwoLemmaChecker.SAMPLE_EVERY,
        ProgressListener.NONE, eps);
    StageBoundaries stages = StageBoundaries.of(run);
    List<Check> checks = new ArrayList<>();
    StageRemarkSteps.add(understated, run, stages.t1().orElseThrow(),
        stages.t21().orElseThrow(), run.snapshot().orElseThrow(), checks);
    assertThat(checks.stream().filter(c -> !c.holds()).map(Check::label))
        .containsExactly("||r^(T1)||_2 / (sigma sqrt n) <= cap");
  }
}
