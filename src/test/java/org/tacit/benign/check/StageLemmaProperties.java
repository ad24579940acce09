package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tacit.benign.family.StageFamilies;
import org.tacit.benign.model.StageInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/**
 * ZG Stage 1 (Lemma 5.3 and Appendix B) and Stage 2 (Lemma 5.6 and Appendix C, Theorem 3.1) on
 * GD runs of scaled-down Gaussian instances in the experiments' regime: exact consequences of the
 * update to rounding, measured constants against the documented caps. Three instances each
 * (d = 150 to 300; each run is a fraction of a second).
 */
class StageLemmaProperties {

  private static final int EXAMPLES = 3;

  @Test
  @Verifies("ZG:lem-5.3")
  @Verifies("ZG:lem-5.4")
  @Verifies("ZG:rem-5.2")
  @Verifies("ZG:lem-B.1")
  @Verifies("ZG:lem-B.2")
  @Verifies("ZG:lem-B.3")
  @Verifies("ZG:lem-B.4")
  @Verifies("ZG:lem-B.8")
  @Verifies("ZG:rem-B.1")
  @Verifies("ZG:rem-B.7")
  @Verifies("ZG:rem-B.11")
  void stageOneHolds() {
    PropertyHarness.verify("ZG:lem-5.3 stage 1", new StageOneLemmaChecker(),
        StageFamilies.gaussian(StageFamilies.MIN_DIMENSION, StageFamilies.MAX_DIMENSION), EXAMPLES);
  }

  @Test
  @Verifies("ZG:lem-B.5")
  @Verifies("ZG:lem-5.5")
  @Verifies("ZG:lem-B.6")
  @Verifies("ZG:lem-B.7")
  @Verifies("ZG:rem-B.8")
  @Verifies("ZG:rem-B.9")
  @Verifies("ZG:rem-B.10")
  void signalGrowthHolds() {
    PropertyHarness.verify("ZG:lem-B.5 signal growth", new SignalGrowthLemmaChecker(),
        StageFamilies.gaussian(StageFamilies.MIN_DIMENSION, StageFamilies.MAX_DIMENSION), EXAMPLES);
  }

  @Test
  @Verifies("ZG:lem-5.6")
  @Verifies("ZG:lem-5.7")
  @Verifies("ZG:lem-C.1")
  @Verifies("ZG:lem-C.2")
  @Verifies("ZG:lem-C.3")
  @Verifies("ZG:lem-C.4")
  @Verifies("ZG:lem-C.5")
  @Verifies("ZG:lem-C.6")
  @Verifies("ZG:thm-3.1")
  @Verifies("ZG:rem-3.1")
  @Verifies("ZG:rem-4.1")
  @Verifies("ZG:rem-5.3")
  @Verifies("ZG:rem-5.4")
  @Verifies("ZG:rem-5.5")
  @Verifies("ZG:rem-5.6")
  void stageTwoHolds() {
    PropertyHarness.verify("ZG:lem-5.6 stage 2", new StageTwoLemmaChecker(),
        StageFamilies.gaussian(StageFamilies.MIN_DIMENSION, StageFamilies.MAX_DIMENSION), EXAMPLES);
  }

  /**
   * The step-wise checks of Remarks B.9 and B.10 are conditional (they apply at steps with
   * {@code |e_k| > 2 ||Delta_r||_inf}); on this seed the case occurs, so they are not vacuous.
   */
  @Test
  @Verifies("ZG:rem-B.10")
  void theContractionCaseOccurs() {
    StageInstance instance = StageFamilies.instance(200, new SeededDraws(1), StageFamilies.SIGMA,
        StageFamilies.ALPHA, 1.0);
    Verdict verdict = new SignalGrowthLemmaChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
    Pattern cases = Pattern.compile("\\((\\d+) cases\\)");
    int count = -1;
    for (Check check : verdict.checks()) {
      Matcher m = cases.matcher(check.label());
      if (m.find()) {
        count = Integer.parseInt(m.group(1));
      }
    }
    assertThat(count).isPositive();
  }

  /** Five times the step breaks Lemma B.9's step condition, first in the list after the sizes. */
  @Test
  void aLargeStepFailsTheStepCondition() {
    StageInstance broken = StageFamilies.instance(150, new SeededDraws(2), StageFamilies.SIGMA,
        StageFamilies.ALPHA, 5.0);
    assertThat(new StageOneLemmaChecker().check(broken).failedHypothesis().orElseThrow().name())
        .isEqualTo("2 eta lambda beta_max <= 1/2");
    assertThat(new StageTwoLemmaChecker().check(broken).failedHypothesis().orElseThrow().name())
        .isEqualTo("2 eta lambda beta_max <= 1/2");
  }

  /**
   * A target with an empty support fails the support hypothesis (there is no signal to learn,
   * and the stage boundaries are undefined).
   */
  @Test
  void aZeroTargetFailsTheSupportHypothesis() {
    StageInstance valid = StageFamilies.instance(150, new SeededDraws(2), StageFamilies.SIGMA,
        StageFamilies.ALPHA, 1.0);
    StageInstance broken = new StageInstance(valid.x(), valid.samples(), valid.dimension(),
        valid.noise(), new double[valid.dimension()], valid.sigma(), valid.lambda(),
        valid.alpha(), valid.eta(), valid.lossTarget(), valid.maxSteps());
    assertThat(new SignalGrowthLemmaChecker().check(broken).failedHypothesis().orElseThrow().name())
        .isEqualTo("beta* has a nonempty support");
  }
}
