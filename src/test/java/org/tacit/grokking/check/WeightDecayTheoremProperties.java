package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.RidgeRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;

/** TDR Theorem 3.6 / C.51 and Lemma C.52 (weight decay only), exact. */
class WeightDecayTheoremProperties {

  private final WeightDecayTheoremChecker checker = new WeightDecayTheoremChecker();

  @Test
  @Verifies("TDR:thm-3.6")
  @Verifies("TDR:thm-C.51")
  @Verifies("TDR:lem-C.52")
  @Verifies("TDR:eq-109")
  @Verifies("TDR:eq-110")
  @Verifies("TDR:eq-111")
  @Verifies("TDR:eq-112")
  @Verifies("TDR:eq-113")
  @Verifies("TDR:eq-115")
  void holdsExactlyOnRationalRuns() {
    PropertyHarness.verify("TDR:thm-3.6 exact",
        new CheckSuite<>(checker, SparseRecoveryFamilies.ridgeRuns()));
  }

  /** Doubling a step at the edge of the hypothesis breaks exactly the step-size hypothesis. */
  @Test
  void tooLargeStepFailsTheStepHypothesis() {
    RidgeRunInstance drawn = SparseRecoveryFamilies.ridgeRuns().draw(new SeededDraws(3));
    RidgeRunInstance large = new RidgeRunInstance(drawn.data(),
        drawn.alpha().multiply(BigRational.of(4)), drawn.beta(), drawn.initial(), drawn.steps());
    assertThat(checker.check(large).hypothesisFailure())
        .isEqualTo("0 < alpha < 2/(sigma_max(X^T X) + beta)");
  }
}
