package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.MatrixRecoveryFamilies;
import org.tacit.grokking.model.AffineStepInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Verdict;

/**
 * TDR eq-97: one nuclear-norm subgradient step as an exact affine recursion, with a certified
 * polar factor; a hand case; a non-orthogonal U is reported as the hypothesis it breaks.
 */
class NuclearAffineStepProperties {

  @Test
  @Verifies("TDR:eq-97")
  void affineRecursionHoldsExactly() {
    PropertyHarness.verify("TDR:eq-97 exact", new NuclearAffineStepChecker(),
        MatrixRecoveryFamilies.affineSteps(), 40);
  }

  /**
   * U = V = I, D = diag(2, 0), X = [1 0 0 0] (observes A_00), a* = (1, 0, 0, 0), xi = 0,
   * alpha = 1/2, beta = 1/4: H = diag(1, 0); the step gives A_00 = 2 - (1/2)(1 + 1/4) = 11/8
   * (all other entries 0); ||A||_* = 2 = <H, A>.
   */
  @Test
  @Verifies("TDR:eq-97")
  void handWorkedStep() {
    AffineStepInstance instance = new AffineStepInstance(RationalMatrix.identity(2),
        RationalMatrix.of(new long[][] {{2, 0}, {0, 0}}), RationalMatrix.identity(2),
        RationalMatrix.of(new long[][] {{1, 0, 0, 0}}),
        RationalMatrix.of(new long[][] {{1}, {0}, {0}, {0}}), RationalMatrix.of(new long[][] {{0}}),
        BigRational.of(1, 2), BigRational.of(1, 4));
    Verdict verdict = new NuclearAffineStepChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(2.0);
    assertThat(verdict.checks().get(3).lhs()).isEqualTo(0.5);
  }
}
