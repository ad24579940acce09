package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.benign.model.LearnerData;
import org.tacit.benign.model.LearnerInstance;
import org.tacit.benign.model.LearnerState;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG (1) and (2): the model, the loss, its gradient and the GD step, exactly. */
class LearnerGradientProperties {

  @Test
  @Verifies("ZG:eq-1")
  @Verifies("ZG:eq-2")
  void gradientFormulasEqualExactDerivativesFromArbitraryStates() {
    PropertyHarness.verify("ZG:eq-2 arbitrary state",
        new CheckSuite<>(new LearnerGradientChecker(), LearnerFamilies.arbitraryState()));
  }

  @Test
  @Verifies("ZG:eq-2")
  void gradientFormulasHoldAlongPaperInitializedRuns() {
    PropertyHarness.verify("ZG:eq-2 paper initialization",
        new CheckSuite<>(new LearnerGradientChecker(), LearnerFamilies.paperInitialization()));
  }

  /**
   * By hand: n = d = 1, X = 1, xi = 0, beta* = 1, lambda = 1, w = u = 1, v = 0, eta = 1/2:
   * beta = 0, r = -1, g = -1, L = 1/2; grad_w = g 2 lambda w = -2, grad_u = +2, grad_v = -1, so
   * one step gives w = 2, u = 0, v = 1/2 and beta = 1/2 + 4 = 9/2.
   */
  @Test
  @Verifies("ZG:eq-2")
  void handWorkedStep() {
    LearnerInstance instance = scalar(BigRational.of(1, 2), BigRational.ONE);
    LearnerState next = instance.trajectory().get(1);
    assertThat(instance.data().loss(instance.start())).isEqualTo(BigRational.of(1, 2));
    assertThat(List.of(next.w()[0], next.u()[0], next.v()[0]))
        .containsExactly(BigRational.TWO, BigRational.ZERO, BigRational.of(1, 2));
    assertThat(next.beta(BigRational.ONE)[0]).isEqualTo(BigRational.of(9, 2));
    Verdict verdict = new LearnerGradientChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
  }

  @Test
  void nonPositiveStepOrScaleFailsTheNamedHypothesis() {
    assertThat(new LearnerGradientChecker().check(scalar(BigRational.ZERO, BigRational.ONE))
        .hypothesisFailure()).startsWith("step size eta > 0");
    assertThat(new LearnerGradientChecker().check(scalar(BigRational.ONE, BigRational.ZERO))
        .hypothesisFailure()).startsWith("lambda > 0");
  }

  private static LearnerInstance scalar(BigRational eta, BigRational lambda) {
    LearnerData data = new LearnerData(new BigRational[][] {{BigRational.ONE}},
        new BigRational[] {BigRational.ZERO}, new BigRational[] {BigRational.ONE}, lambda);
    return new LearnerInstance(data, eta, new LearnerState(new BigRational[] {BigRational.ONE},
        new BigRational[] {BigRational.ONE}, new BigRational[] {BigRational.ZERO}), 1);
  }
}
