package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.PolarFactorFamilies;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.MatrixSignInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** TDR Lemma C.42 with the polar factor: exact in Cayley-rational singular bases. */
class MatrixSignDynamicsLemmaProperties {

  private final MatrixSignDynamicsLemmaChecker checker = new MatrixSignDynamicsLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.42")
  @Verifies("TDR:lem-C.42a")
  @Verifies("TDR:lem-C.42b")
  @Verifies("TDR:lem-C.42c")
  @Verifies("TDR:eq-102")
  @Verifies("TDR:eq-103")
  void correctedLemmaHoldsInRationalSingularBases() {
    PropertyHarness.verify("TDR:lem-C.42",
        new CheckSuite<>(checker, PolarFactorFamilies.matrixSignDynamics()));
  }

  /**
   * The Cayley transform of S = [[0, 1], [-1, 0]] is the rotation [[0, -1], [1, 0]] (by hand:
   * (I - S)(I + S)^{-1} with (I + S)^{-1} = (1/2)[[1, -1], [1, 1]]); of S = [[0, 1/2], [-1/2, 0]]
   * it is the Pythagorean rotation (1/5)[[3, -4], [4, 3]].
   */
  @Test
  @Verifies("TDR:lem-C.42")
  void cayleyTransformByHand() {
    assertThat(ExactMatrices.cayley(RationalMatrix.of(new long[][] {{0, 1}, {-1, 0}})))
        .isEqualTo(RationalMatrix.of(new long[][] {{0, -1}, {1, 0}}));
    RationalMatrix half = RationalMatrix.of(new BigRational[][] {
        {BigRational.ZERO, BigRational.of(1, 2)}, {BigRational.of(-1, 2), BigRational.ZERO}});
    assertThat(ExactMatrices.cayley(half)).isEqualTo(RationalMatrix.of(new BigRational[][] {
        {BigRational.of(3, 5), BigRational.of(-4, 5)}, {BigRational.of(4, 5), BigRational.of(3, 5)}}));
  }

  /**
   * A^(1) = R diag(1/2, 1/4) R^T with the rotation R = (1/5)[[3, -4], [4, 3]], alpha = 1/8:
   * after 4 steps sigma = (0, 0): A^(5) = 0 exactly, and rank drops 2, 2, 1, 1, 0.
   */
  @Test
  @Verifies("TDR:lem-C.42c")
  void rankDropsToZeroAtIntegerRatiosByHand() {
    RationalMatrix rotation = RationalMatrix.of(new BigRational[][] {
        {BigRational.of(3, 5), BigRational.of(-4, 5)}, {BigRational.of(4, 5), BigRational.of(3, 5)}});
    MatrixSignInstance instance = new MatrixSignInstance(rotation, rotation,
        List.of(BigRational.of(1, 2), BigRational.of(1, 4)), BigRational.of(1, 8));
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    assertThat(verdict.checks()).hasSize(8);
  }

  @Test
  void rejectsANonOrthogonalBasis() {
    RationalMatrix scaled = RationalMatrix.of(new long[][] {{2, 0}, {0, 1}});
    Verdict verdict = checker.check(new MatrixSignInstance(scaled, RationalMatrix.identity(2),
        List.of(BigRational.ONE, BigRational.ONE), BigRational.ONE));
    assertThat(verdict.hypothesisFailure()).startsWith("U^T U = I");
  }
}
