package org.tacit.grokking.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.lp.LpCertificateVerifier;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/** Hand-computed stable-null-space constants and the certified tau. */
class NullSpaceConstantTest {

  /**
   * A = [2 1 1], S = {0}: ker A = {u1 = -(u2 + u3)/2}, so max |u1| over |u2| + |u3| <= 1 is 1/2
   * (at u = (-1/2, 1, 0) or (-1/2, 0, 1)).
   */
  @Test
  @Verifies("TDR:def-C.35")
  void oneRowByHand() {
    NullSpaceConstant constant = NullSpaceConstant.of(RationalMatrix.of(new long[][] {{2, 1, 1}}),
        new int[] {0});
    assertThat(constant.bounded()).isTrue();
    assertThat(constant.rho()).isEqualTo(BigRational.of(1, 2));
    assertThat(constant.programs()).hasSize(1);
    assertThat(LpCertificateVerifier.verifyExact(constant.programs().get(0),
        constant.results().get(0)).holds()).isTrue();
    BigRational[] u = constant.witness();
    assertThat(SupportSets.norm1On(u, new int[] {0})).isEqualTo(BigRational.of(1, 2));
    assertThat(SupportSets.norm1Off(u, new int[] {0})).isEqualTo(BigRational.ONE);
  }

  /**
   * A = [1 1 1 1], S = {0, 1}: u1 + u2 = -(u3 + u4); max |u1| + |u2| over |u3| + |u4| <= 1 is
   * 1 with the same signs, but opposite signs u1 = -u2 are free: the kernel vector (1, -1, 0, 0)
   * vanishes off S, so the maximum is unbounded.
   */
  @Test
  @Verifies("TDR:def-C.34")
  void unboundedByHand() {
    NullSpaceConstant constant = NullSpaceConstant.of(
        RationalMatrix.of(new long[][] {{1, 1, 1, 1}}), new int[] {0, 1});
    assertThat(constant.bounded()).isFalse();
    BigRational[] u = constant.witness();
    assertThat(u[2]).isEqualTo(BigRational.ZERO);
    assertThat(u[3]).isEqualTo(BigRational.ZERO);
    assertThat(u[0]).isEqualTo(u[1].negate());
    assertThat(u[0].isZero()).isFalse();
  }

  /**
   * A = [[1, 0, 0, 1/3], [0, 1, 0, 1/3], [0, 0, 1, 1/3]] (kernel spanned by (1, 1, 1, -3)),
   * S = {0, 1}: the one-dimensional kernel gives rho_S = ||k_S||_1/||k_S_bar||_1 = 2/4 = 1/2,
   * two sign patterns are solved.
   */
  @Test
  @Verifies("TDR:def-C.35")
  void oneDimensionalKernelClosedForm() {
    BigRational third = BigRational.of(1, 3);
    RationalMatrix a = RationalMatrix.of(new BigRational[][] {
        {BigRational.ONE, BigRational.ZERO, BigRational.ZERO, third},
        {BigRational.ZERO, BigRational.ONE, BigRational.ZERO, third},
        {BigRational.ZERO, BigRational.ZERO, BigRational.ONE, third}});
    NullSpaceConstant constant = NullSpaceConstant.of(a, new int[] {0, 1});
    assertThat(constant.rho()).isEqualTo(BigRational.of(1, 2));
    assertThat(constant.programs()).hasSize(2);
  }

  /**
   * tau for A = [2 1 1], S = {0}, rho = 1/2: lambda_min(A A^T) = 6, so tau is at least
   * sqrt(1 + (1/4) 2)/sqrt(6) = 1/2 and above it by at most the relative margin by which mu is
   * moved below lambda_min; and the robust
   * inequality holds at u = e_1 = (1, 0, 0): 1 <= 0 + tau 2.
   */
  @Test
  @Verifies("TDR:def-3.2")
  void certifiedTauByHand() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{2, 1, 1}});
    RobustNullSpaceTau certificate = RobustNullSpaceTau.of(a, 1, BigRational.of(1, 2));
    assertThat(certificate.mu().compareTo(BigRational.of(6))).isLessThanOrEqualTo(0);
    assertThat(certificate.tau().compareTo(BigRational.of(1, 2))).isGreaterThanOrEqualTo(0);
    assertThat(certificate.tau().doubleValue()).isLessThanOrEqualTo(
        0.5 * (1 + TdrTolerances.SPECTRAL_CANDIDATE_MARGIN));
    BigRational[] e = {BigRational.ONE, BigRational.ZERO, BigRational.ZERO};
    assertThat(BigRational.ONE.compareTo(NullSpaceInequalities.robustBound(a, e, new int[] {0},
        BigRational.of(1, 2), certificate.tau(), true))).isLessThanOrEqualTo(0);
  }

  /**
   * Independent closed form for a one-dimensional kernel spanned by k:
   * {@code rho_S = ||k_S||_1/||k_S_bar||_1} (every kernel vector is a multiple of k), on 40 random
   * integer designs of size {@code (n - 1) x n} and random S.
   */
  @Test
  @Verifies("TDR:def-C.35")
  void agreesWithTheClosedFormOnOneDimensionalKernels() {
    SeededDraws draws = new SeededDraws(16);
    for (int trial = 0; trial < 40; trial++) {
      int n = draws.intBetween(3, 7);
      RationalMatrix a = SparseRecoveryFamilies.designOfRank(draws,
          n - 1, n, n - 1);
      int[] order = draws.permutation(n);
      int[] support = Arrays.copyOf(order, draws.intBetween(1, Math.min(3, n - 1)));
      Arrays.sort(support);
      BigRational[] k = a.nullSpaceBasis().column(0);
      BigRational off = SupportSets.norm1Off(k, support);
      NullSpaceConstant constant = NullSpaceConstant.of(a, support);
      assertThat(constant.bounded()).isEqualTo(off.signum() > 0);
      if (off.signum() > 0) {
        assertThat(constant.rho()).isEqualTo(SupportSets.norm1On(k, support).divide(off));
      }
    }
  }

  /**
   * A too small tau is caught: A = [2 1 1], S = {0}, rho = 1/2, tau = 1/4, u = e_0: the robust
   * inequality would need 1 <= 0 + (1/4) 2 = 1/2 (by hand), false.
   */
  @Test
  @Verifies("TDR:def-3.2")
  void tooSmallTauViolatesTheRobustInequality() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{2, 1, 1}});
    BigRational[] e = {BigRational.ONE, BigRational.ZERO, BigRational.ZERO};
    BigRational bound = NullSpaceInequalities.robustBound(a, e, new int[] {0},
        BigRational.of(1, 2), BigRational.of(1, 4), false);
    assertThat(bound).isEqualTo(BigRational.of(1, 2));
    assertThat(BigRational.ONE.compareTo(bound)).isPositive();
  }
}
