package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.CoherenceFamilies;
import org.tacit.grokking.model.ColumnCoherence;
import org.tacit.grokking.model.RestrictedIsometryConstant;
import org.tacit.grokking.model.SparseDesign;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/**
 * TDR Definition G.1, Definition G.2, Proposition G.3, Remarks G.1.1, G.1.2 and the Welch bounds:
 * exact checks over the families and hand-worked matrices.
 */
class CoherenceIsometryPropositionProperties {

  @Test
  @Verifies("TDR:prop-G.3")
  @Verifies("TDR:def-G.2")
  @Verifies("TDR:rem-G.1.2")
  void propositionHoldsExactlyOnUnitNormColumns() {
    PropertyHarness.verify("TDR:prop-G.3 exact",
        new CheckSuite<>(new CoherenceIsometryPropositionChecker(),
            CoherenceFamilies.unitColumns()));
  }

  @Test
  @Verifies("TDR:def-G.1")
  @Verifies("TDR:rem-G.1.1")
  void certifiedRestrictedIsometryConstantMeetsTheDefinition() {
    PropertyHarness.verify("TDR:def-G.1 certified",
        new CheckSuite<>(new RestrictedIsometryDefinitionChecker(),
            CoherenceFamilies.anyColumns()));
  }

  @Test
  @Verifies("TDR:rem-G.1.3")
  void welchBoundsHoldExactly() {
    PropertyHarness.verify("TDR:rem-G.1.3 exact",
        new CheckSuite<>(new WelchBoundRemarkChecker(), CoherenceFamilies.welch()));
  }

  private static BigRational[][] none() {
    return new BigRational[0][];
  }

  /**
   * A = [[1, 3/5], [0, 4/5]]: unit columns with {@code <A_1, A_2> = 3/5}, so mu = mu_1(A, 1) =
   * 3/5; {@code G_JJ - I = [[0, 3/5], [3/5, 0]]} has eigenvalues {@code +-3/5}, so delta_2 = 3/5
   * and delta_1 = 0 (unit columns).
   */
  @Test
  @Verifies("TDR:prop-G.3")
  void twoColumnsHandWorked() {
    RationalMatrix a = RationalMatrix.of(new BigRational[][] {
        {BigRational.ONE, BigRational.of(3, 5)}, {BigRational.ZERO, BigRational.of(4, 5)}});
    BigRational[][] gram = ColumnCoherence.gram(a);
    assertThat(ColumnCoherence.mutualCoherence(gram)).isEqualTo(BigRational.of(3, 5));
    assertThat(ColumnCoherence.oneCoherence(gram, 1)).isEqualTo(BigRational.of(3, 5));
    RestrictedIsometryConstant delta2 = RestrictedIsometryConstant.of(gram, 2);
    assertThat(delta2.certified()).isTrue();
    assertThat(delta2.lower().doubleValue()).isEqualTo(0.6);
    assertThat(RestrictedIsometryConstant.boundsEverySupport(gram, 2, BigRational.of(3, 5)))
        .isTrue();
    assertThat(RestrictedIsometryConstant.boundsEverySupport(gram, 2, BigRational.of(59, 100)))
        .isFalse();
    Verdict verdict = new CoherenceIsometryPropositionChecker().check(new SparseDesign(a, 2,
        none()));
    assertThat(verdict.holds()).isTrue();
  }

  /**
   * {@code A = [1 1]} (m = 1, n = 2): {@code G = [[1, 1], [1, 1]]}, so delta_1 = 0 and
   * {@code delta_2 = ||[[0, 1], [1, 0]]||_2 = 1}; the RIC enclosure must contain 1 and the probe
   * {@code x = (1, -1)} has {@code ||A x||^2 = 0 = (1 - delta_2)||x||^2}.
   */
  @Test
  @Verifies("TDR:def-G.1")
  void parallelColumnsHaveConstantOne() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 1}});
    RestrictedIsometryConstant delta2 = RestrictedIsometryConstant.of(ColumnCoherence.gram(a), 2);
    assertThat(delta2.lower().compareTo(BigRational.ONE)).isLessThanOrEqualTo(0);
    assertThat(delta2.upper().compareTo(BigRational.ONE)).isGreaterThanOrEqualTo(0);
    assertThat(delta2.upper().doubleValue() - delta2.lower().doubleValue()).isLessThan(1e-9);
    Verdict verdict = new RestrictedIsometryDefinitionChecker().check(new SparseDesign(a, 2,
        new BigRational[][] {{BigRational.ONE, BigRational.MINUS_ONE}}));
    assertThat(verdict.holds()).isTrue();
  }

  /**
   * One column (m = 1, n = 2... with n = m + 1): for {@code A = [1 -1]} the Welch bound
   * {@code sqrt((n - m)/(m (n - 1))) = 1} is attained (mu = 1): margin exactly 0.
   */
  @Test
  @Verifies("TDR:rem-G.1.3")
  void welchBoundAttainedOnTheLine() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, -1}});
    Verdict verdict = new WelchBoundRemarkChecker().check(new SparseDesign(a, 1, none()));
    assertThat(verdict.holds()).isTrue();
    Check welch = verdict.checks().stream()
        .filter(c -> c.label().startsWith("mu(A)^2 >=")).findFirst().orElseThrow();
    assertThat(welch.margin()).isEqualTo(0.0);
  }

  /** A column of norm 5/4 breaks exactly the unit-norm hypothesis of Proposition G.3. */
  @Test
  void nonUnitColumnIsRejected() {
    RationalMatrix a = RationalMatrix.of(new BigRational[][] {
        {BigRational.of(3, 4), BigRational.ONE}, {BigRational.ONE, BigRational.ZERO}});
    Verdict verdict = new CoherenceIsometryPropositionChecker().check(new SparseDesign(a, 1,
        none()));
    assertThat(verdict.holds()).isFalse();
    assertThat(verdict.failedHypothesis()).hasValueSatisfying(
        h -> assertThat(h.name()).isEqualTo("unit norm columns"));
  }
}
