package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.grokking.check.ScalarSignDynamicsLemmaErratumTest.labelled;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.SharedBasisInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E5 of TDR Lemma C.43: a shared singular basis is not enough, {@code Sigma - B} must be
 * symmetric. Pinned: Sigma = 2 I_2, B = [[0, 9/10], [0, 0]] (sigma_max(B) = 9/10 < 2), U = V the
 * Pythagorean rotation (1/5)[[3, -4], [4, 3]]. Then P = V (Sigma - B) V^T is not symmetric, so
 * H(A - A*) != H(A) = U V^T = I. (By the 2 x 2 formula, the polar factor of
 * Sigma - B = [[2, -9/10], [0, 2]] is the rotation [[4, -9/10], [9/10, 4]]/sqrt(16.81), at
 * Frobenius distance 2 sqrt(1 - 4/4.1) = 0.3123 from I.)
 */
class SharedSingularBasisLemmaErratumTest {

  private static final RationalMatrix ROTATION = ExactMatrices.cayley(RationalMatrix.of(
      new BigRational[][] {{BigRational.ZERO, BigRational.of(1, 2)},
          {BigRational.of(-1, 2), BigRational.ZERO}}));

  @Test
  @Verifies("TDR:lem-C.43")
  @Verifies("TDR:rem-C.6.2")
  void sharedBasisWithANonSymmetricCoreChangesThePolarFactor() {
    SharedBasisInstance instance = new SharedBasisInstance(ROTATION, ROTATION,
        List.of(BigRational.TWO, BigRational.TWO), RationalMatrix.of(new BigRational[][] {
            {BigRational.ZERO, BigRational.of(9, 10)}, {BigRational.ZERO, BigRational.ZERO}}));
    Verdict printed = new SharedSingularBasisLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(labelled(printed, SharedSingularBasisLemmaChecker.SYMMETRIC).holds()).isFalse();
    assertThat(labelled(printed, SharedSingularBasisLemmaChecker.SYMMETRIC).lhs())
        .isEqualTo(2 * 0.81);
    assertThat(new SharedSingularBasisLemmaChecker().check(instance).hypothesisFailure())
        .startsWith("B = B^T");
  }

  /**
   * The paper's own example (the remark before the lemma): A = [[2, 0], [0, 0]],
   * A* = [[0, 1], [0, 0]], sigma_min(A) = 2 > 1 = sigma_max(A*). H(A) = e1 e1^T, and
   * P = H(A)^T (A - A*) = [[2, -1], [0, 0]] is not symmetric, so H(A - A*) != H(A) (by the
   * argument of the checker: H(A - A*) = H(A) would make P = |A - A*| symmetric). The true polar
   * factor is e1 (2, -1)/sqrt(5). Lemma C.43 does not apply: with k = 2, Sigma = diag(2, 0) is not
   * positive and the checker refuses it at "sigma_i > 0".
   */
  @Test
  @Verifies("TDR:rem-C.6.2")
  void theRemarkExampleChangesThePolarFactor() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{2, 0}, {0, 0}});
    RationalMatrix target = RationalMatrix.of(new long[][] {{0, 1}, {0, 0}});
    RationalMatrix polar = RationalMatrix.of(new long[][] {{1, 0}, {0, 0}});
    RationalMatrix p = polar.transpose().multiply(
        ExactMatrices.combination(a, BigRational.MINUS_ONE, target));
    assertThat(p).isEqualTo(RationalMatrix.of(new long[][] {{2, -1}, {0, 0}}));
    assertThat(ExactMatrices.squaredDistance(p, p.transpose())).isEqualTo(BigRational.TWO);
    SharedBasisInstance instance = new SharedBasisInstance(RationalMatrix.identity(2),
        RationalMatrix.identity(2), List.of(BigRational.TWO, BigRational.ZERO), target);
    assertThat(new SharedSingularBasisLemmaChecker(StatementForm.PRINTED).check(instance)
        .hypothesisFailure()).startsWith("sigma_i > 0");
  }
}
