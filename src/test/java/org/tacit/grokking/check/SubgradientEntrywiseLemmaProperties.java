package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.PolarFactorFamilies;
import org.tacit.grokking.model.NuclearSubgradientInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** TDR Lemma C.41: entrywise bounds of nuclear-norm subgradients, exactly. */
class SubgradientEntrywiseLemmaProperties {

  private final SubgradientEntrywiseLemmaChecker checker = new SubgradientEntrywiseLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.41")
  void holdsForRationalSubgradients() {
    PropertyHarness.verify("TDR:lem-C.41",
        new CheckSuite<>(checker, PolarFactorFamilies.nuclearSubgradient()));
  }

  /**
   * A = 0 (2 x 3), H = U diag(1, -1) V^T with U = I_2 and V the first two columns of I_3:
   * H = [[1, 0, 0], [0, -1, 0]]: ||vec H||_1 = 2 <= 6, ||H||_F^2 = 2 = min(2, 3) (the tighter bound
   * is attained), entries and columns at most 1.
   */
  @Test
  @Verifies("TDR:lem-C.41")
  void tighterFrobeniusBoundIsAttainedByHand() {
    NuclearSubgradientInstance instance = new NuclearSubgradientInstance(
        RationalMatrix.identity(2), RationalMatrix.of(new long[][] {{1, 0}, {0, 1}, {0, 0}}),
        List.of(BigRational.ZERO, BigRational.ZERO), List.of(BigRational.ONE, BigRational.MINUS_ONE));
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(3).lhs()).isEqualTo(2.0);
    assertThat(verdict.checks().get(5).lhs()).isEqualTo(verdict.checks().get(5).rhs());
  }

  @Test
  void rejectsAPolarFactorThatIsNotOneOnTheSupport() {
    NuclearSubgradientInstance instance = new NuclearSubgradientInstance(
        RationalMatrix.identity(1), RationalMatrix.identity(1), List.of(BigRational.ONE),
        List.of(BigRational.of(1, 2)));
    assertThat(checker.check(instance).hypothesisFailure()).startsWith("H in d||A||_*");
  }
}
