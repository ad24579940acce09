package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.LowRankFamilies;
import org.tacit.grokking.model.LocalCoherence;
import org.tacit.grokking.model.LowRankInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/**
 * TDR Definitions G.8-G.10, eq-122-124 and the mu_0 / mu_1 bound: exact identities over the
 * Cayley family and hand-worked leverage scores.
 */
class LocalCoherenceDefinitionProperties {

  @Test
  @Verifies("TDR:def-G.9")
  @Verifies("TDR:eq-122")
  @Verifies("TDR:def-G.8")
  @Verifies("TDR:rem-G.2.2.1")
  void leverageScoresAreBasisFreeAndSumToTheDimension() {
    PropertyHarness.verify("TDR:def-G.9 exact",
        new CheckSuite<>(new LocalCoherenceDefinitionChecker(), LowRankFamilies.cayley()));
  }

  @Test
  @Verifies("TDR:eq-124")
  @Verifies("TDR:def-G.10")
  @Verifies("TDR:eq-123")
  void localCoherenceIsInvariantUnderAnOrthonormalChangeOfBasis() {
    PropertyHarness.verify("TDR:eq-124 exact",
        new CheckSuite<>(new LocalCoherenceInvarianceChecker(), LowRankFamilies.cayley()));
  }

  /**
   * {@code U = (3/5, 4/5, 0)^T} (r = 1, n1 = 3): leverage scores {@code 9/25, 16/25, 0}, local
   * coherences {@code 27/25, 48/25, 0} (sum 3 = n1); mu(U) = 48/25 in {@code [1, 3]}. With
   * {@code V = e_1} of {@code R^2}: nu = (2, 0), mu_0 = 2, and {@code [U V^T]_21^2 = 16/25 <=
   * mu_0^2 r^2/(n1 n2) = 4/6}.
   */
  @Test
  @Verifies("TDR:def-G.9")
  void handWorkedRankOne() {
    RationalMatrix u = RationalMatrix.of(new BigRational[][] {
        {BigRational.of(3, 5)}, {BigRational.of(4, 5)}, {BigRational.ZERO}});
    BigRational[] mu = LocalCoherence.coherences(
        LocalCoherence.leverageScores(u, RationalMatrix.identity(3)), 3, 1);
    assertThat(mu).containsExactly(BigRational.of(27, 25), BigRational.of(48, 25),
        BigRational.ZERO);
    LowRankInstance instance = new LowRankInstance(u, new BigRational[] {BigRational.of(7)},
        RationalMatrix.of(new long[][] {{1}, {0}}), RationalMatrix.identity(3),
        RationalMatrix.identity(2));
    assertThat(LocalCoherence.diagonal(LocalCoherence.columnSpaceProjector(instance.matrix())))
        .containsExactly(BigRational.of(9, 25), BigRational.of(16, 25), BigRational.ZERO);
    Verdict verdict = new LocalCoherenceDefinitionChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
  }

  /** A non-orthonormal U breaks exactly the hypothesis U^T U = I_r. */
  @Test
  void nonOrthonormalFactorIsRejected() {
    LowRankInstance instance = new LowRankInstance(RationalMatrix.of(new long[][] {{1}, {1}}),
        new BigRational[] {BigRational.ONE}, RationalMatrix.of(new long[][] {{1}, {0}}),
        RationalMatrix.identity(2), RationalMatrix.identity(2));
    Verdict verdict = new LocalCoherenceDefinitionChecker().check(instance);
    assertThat(verdict.failedHypothesis()).hasValueSatisfying(
        h -> assertThat(h.name()).isEqualTo("U^T U = I_r"));
  }
}
