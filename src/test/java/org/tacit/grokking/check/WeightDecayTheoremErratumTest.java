package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.RidgeRunInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E27 (Lemma C.52 / eq-112): for {@code beta > 0} the zero of
 * {@code F(a) = (X^T X + beta I) a - X^T y*} is unique, so the printed solution set
 * {@code a_hat + (I - V V^T) c} is wrong whenever {@code ker X != 0}.
 *
 * <p>Pinned instance: {@code X = [1 1]}, {@code a* = (1, 0)}, {@code xi = 0}, {@code alpha = 1/4},
 * {@code beta = 1/2}, {@code a^(1) = 0}, 3 steps. By hand: {@code Q = [[3/2, 1], [1, 3/2]]},
 * {@code X^T y* = (1, 1)}, {@code a_hat = (2/5, 2/5)}; the kernel vector {@code k = (-1, 1)} (the
 * RREF basis) gives {@code F(a_hat + k) = Q k = beta k = (-1/2, 1/2)}, squared norm 1/2, not 0.
 */
class WeightDecayTheoremErratumTest {

  private static RidgeRunInstance pinned() {
    SparseRecoveryData data = new SparseRecoveryData(RationalMatrix.of(new long[][] {{1, 1}}),
        new BigRational[] {BigRational.ONE, BigRational.ZERO},
        new BigRational[] {BigRational.ZERO});
    return new RidgeRunInstance(data, BigRational.of(1, 4), BigRational.of(1, 2),
        new BigRational[] {BigRational.ZERO, BigRational.ZERO}, 3);
  }

  @Test
  @Verifies("TDR:lem-C.52")
  @Verifies("TDR:eq-112")
  void printedSolutionSetFailsAndTheUniqueZeroHolds() {
    Verdict printed = new WeightDecayTheoremChecker(StatementForm.PRINTED).check(pinned());
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    Check solutionSet = printed.checks().get(printed.checks().size() - 1);
    assertThat(solutionSet.label()).startsWith("||F(a_hat + (I - V V^T) c)||^2 = 0 (as printed)");
    assertThat(solutionSet.holds()).isFalse();
    assertThat(solutionSet.lhs()).isEqualTo(0.5);
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).hasSize(1);

    Verdict corrected = new WeightDecayTheoremChecker().check(pinned());
    assertThat(corrected.holds()).as(corrected.toString()).isTrue();
  }

  /**
   * The slow null-space decay (E27): the error {@code a^(t) - a_hat} along {@code ker X} shrinks by
   * exactly {@code 1 - alpha beta = 7/8} per step, and {@code rho_2 = 7/8} here
   * ({@code I - alpha Q} has eigenvalues {@code 1 - (1/4)(5/2) = 3/8} and {@code 7/8}), so the p = 2
   * contraction of Theorem C.51 is attained with equality from {@code a^(1) = a_hat + k}.
   */
  @Test
  @Verifies("TDR:thm-C.51")
  void contractionIsAttainedAlongTheKernel() {
    RidgeRunInstance base = pinned();
    RidgeRunInstance instance = new RidgeRunInstance(base.data(), base.alpha(), base.beta(),
        new BigRational[] {BigRational.of(2, 5).subtract(BigRational.ONE),
            BigRational.of(2, 5).add(BigRational.ONE)}, 3);
    Verdict verdict = new WeightDecayTheoremChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
    Check third = verdict.checks().stream()
        .filter(check -> check.label().startsWith("||a^(4) - a_hat||_2")).findFirst()
        .orElseThrow();
    assertThat(third.rhs()).isCloseTo(Math.pow(7.0 / 8, 3) * Math.sqrt(2),
        org.assertj.core.data.Offset.offset(1e-14));
    assertThat(third.lhs()).isCloseTo(third.rhs(), org.assertj.core.data.Offset.offset(1e-14));
  }
}
