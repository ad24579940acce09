package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.DepthFamilies;
import org.tacit.grokking.model.DeepHadamardFactors;
import org.tacit.grokking.model.DeepHadamardInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/** TDR eq-118 (corrected weight decay), eq-119, eq-120 and remark F.1.1, exactly. */
class DepthRecursionProperties {

  @Test
  @Verifies("TDR:eq-118")
  void factorGradientAndUpdateHoldExactly() {
    PropertyHarness.verify("TDR:eq-118 exact",
        new CheckSuite<>(new DeepFactorUpdateChecker(StatementForm.CORRECTED),
            DepthFamilies.hadamard(1, 4, 1)));
  }

  @Test
  @Verifies("TDR:eq-119")
  @Verifies("TDR:eq-120")
  @Verifies("TDR:rem-F.1.1")
  void depthTwoRecursionsHoldExactlyAlongTrajectories() {
    PropertyHarness.verify("TDR:eq-119 exact",
        new CheckSuite<>(new DepthTwoRecursionChecker(), DepthFamilies.hadamard(2, 2, 3)));
  }

  /**
   * n = 1, N = 1, X = 1, y = 0, A_1 = A_2 = 1, alpha = 1/2, beta = 0: a = 1, c = 2, G = 1, so
   * A_k' = 1 - 1/2 = 1/2, a' = 1/4 = (1 - 0)^2 1 - (1/2) 2 + (1/4) 1 (eq-119), c' = 1/2 = 2 - 4 (1/2)
   * + (1/4) 2 (eq-120).
   */
  @Test
  @Verifies("TDR:eq-119")
  void handWorkedStep() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1}});
    BigRational[][] next = DeepHadamardFactors.step(x, new BigRational[] {BigRational.ZERO},
        new BigRational[][] {{BigRational.ONE}, {BigRational.ONE}}, BigRational.of(1, 2),
        BigRational.ZERO);
    assertThat(next[0][0]).isEqualTo(BigRational.of(1, 2));
    assertThat(DeepHadamardFactors.product(next, -1)[0]).isEqualTo(BigRational.of(1, 4));
    Verdict verdict = new DepthTwoRecursionChecker().check(new DeepHadamardInstance(x,
        new BigRational[] {BigRational.ZERO},
        new BigRational[][] {{BigRational.ONE}, {BigRational.ONE}}, BigRational.of(1, 2),
        BigRational.ZERO, 2));
    assertThat(verdict.holds()).isTrue();
  }

  /** Three factors break exactly the hypothesis L = 2 of eq-119. */
  @Test
  void threeFactorsAreRejected() {
    Verdict verdict = new DepthTwoRecursionChecker().check(new DeepHadamardInstance(
        RationalMatrix.of(new long[][] {{1}}), new BigRational[] {BigRational.ZERO},
        new BigRational[][] {{BigRational.ONE}, {BigRational.ONE}, {BigRational.ONE}},
        BigRational.of(1, 2), BigRational.ZERO, 1));
    assertThat(verdict.failedHypothesis()).hasValueSatisfying(
        h -> assertThat(h.name()).isEqualTo("L = 2"));
  }
}
