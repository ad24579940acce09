package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

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

/** ZG product invariant w_k u_k (proofs of Lemmas B.1, C.2, C.6), exactly. */
class ProductInvariantRemarkProperties {

  @Test
  @Verifies("ZG:rem-B.2")
  void productShrinksByOneMinusFourEtaSquaredLambdaSquaredGSquared() {
    PropertyHarness.verify("ZG:rem-B.2",
        new CheckSuite<>(new ProductInvariantRemarkChecker(),
            LearnerFamilies.paperInitialization()));
  }

  /**
   * By hand: n = d = 1, X = 1, xi = 0, beta* = 1, lambda = 1, alpha = 1/2, eta = 1/8: beta = 0,
   * r = -1, g = -1, so w = (1/2)(1 + 1/4) = 5/8, u = (1/2)(1 - 1/4) = 3/8 and w u = 15/64 =
   * (1 - 4/64) (1/4).
   */
  @Test
  @Verifies("ZG:rem-B.2")
  void handWorkedProduct() {
    LearnerInstance instance = scalar(BigRational.of(1, 8), 1);
    LearnerState next = instance.trajectory().get(1);
    assertThat(next.w()[0]).isEqualTo(BigRational.of(5, 8));
    assertThat(next.u()[0]).isEqualTo(BigRational.of(3, 8));
    Verdict verdict = new ProductInvariantRemarkChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
  }

  /**
   * With eta = 1 the factor 2 eta lambda |g| = 2 exceeds 1: u changes sign (u = -1/2 after one
   * step) and the product becomes negative, so the paper's bound |w_k| <= alpha no longer follows
   * from w_k u_k <= alpha^2; the checker reports the unstated condition as the failed hypothesis.
   */
  @Test
  void largeStepFailsTheUnstatedSmallFactorCondition() {
    LearnerInstance instance = scalar(BigRational.ONE, 1);
    assertThat(instance.trajectory().get(1).u()[0]).isEqualTo(BigRational.of(-1, 2));
    assertThat(new ProductInvariantRemarkChecker().check(instance).hypothesisFailure())
        .startsWith("|2 eta lambda g_k^(t)| <= 1");
  }

  @Test
  void unequalInitializationFailsTheNamedHypothesis() {
    LearnerInstance valid = scalar(BigRational.of(1, 8), 1);
    LearnerInstance broken = new LearnerInstance(valid.data(), valid.eta(),
        new LearnerState(valid.start().w(), new BigRational[] {BigRational.ONE},
            valid.start().v()), 1);
    assertThat(new ProductInvariantRemarkChecker().check(broken).hypothesisFailure())
        .startsWith("w^(0) = u^(0) = alpha 1 with alpha > 0");
  }

  private static LearnerInstance scalar(BigRational eta, int steps) {
    LearnerData data = new LearnerData(new BigRational[][] {{BigRational.ONE}},
        new BigRational[] {BigRational.ZERO}, new BigRational[] {BigRational.ONE},
        BigRational.ONE);
    return new LearnerInstance(data, eta, LearnerState.initial(1, BigRational.of(1, 2)), steps);
  }
}
