package org.tacit.stepsize.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.AppendixDFamilies;
import org.tacit.stepsize.model.MomentBoundsInstance;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** NRSS rem-D.3 and rem-D.7 exactly on random rationals ({@link SparseMomentBoundsChecker}), and a hand case. */
class SparseMomentBoundsProperties {

  private final SparseMomentBoundsChecker checker = new SparseMomentBoundsChecker();

  @Test
  @Verifies("NRSS:rem-D.3")
  @Verifies("NRSS:rem-D.7")
  void deterministicStepsHoldExactly() {
    PropertyHarness.verify("NRSS:rem-D.7 appendix D steps",
        new CheckSuite<>(checker, AppendixDFamilies.momentBounds()));
  }

  /**
   * beta = (1, 1), k = 2, mu = 1, sigma^2 = 1: E(y^2) = 4 + 2 = 6; (||beta||_1^2/k) sigma^2 = 2 =
   * ||beta||_2^2 sigma^2 (equality: equal entries), upper 4 + 2 = 6 = E(y^2) (equality: same signs),
   * 4 <= 2 * 6. w = (1, 3), xbar = (2, 1): 1 * 4 = 4 <= 4 + 3.
   */
  @Test
  @Verifies("NRSS:rem-D.7")
  void handCaseWithEqualities() {
    BigRational one = BigRational.ONE;
    var verdict = checker.check(new MomentBoundsInstance(
        new BigRational[] {one, BigRational.of(3)}, new BigRational[] {BigRational.TWO, one},
        new BigRational[] {one, one}, 2, one, one));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(4);
    assertThat(verdict.checks().get(0).rhs()).isEqualTo(7);
    assertThat(verdict.checks().get(1).margin()).isZero();
    assertThat(verdict.checks().get(3).margin()).isZero();
    var dense = checker.check(new MomentBoundsInstance(new BigRational[] {one},
        new BigRational[] {one}, new BigRational[] {one, one}, 1, one, one));
    assertThat(dense.hypothesesMet()).isFalse();
    assertThat(dense.hypothesisFailure()).startsWith("beta k-sparse");
  }
}
