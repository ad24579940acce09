package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.LeastSquaresProbeInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Two printed steps of the proof of Theorem C.29 that are false:
 * eq-73's sign ({@code a_hat - a* = (I - V V^T) a* + ...} should be {@code -(I - V V^T) a*}) and
 * the step eq-91 -> eq-92 ({@code ||U^T xi||^2 <= ||X^T xi||^2}, inventory E9).
 *
 * <p>Pinned instance: {@code X = [1/2, 0]}, {@code a* = (0, 1)}, {@code xi = 1}, probe 0,
 * {@code alpha = 1}, {@code beta = 0}. By hand: {@code a_hat = X^+ y* = (2, 0)},
 * {@code P a* = 0}, {@code (I - P) a* = (0, 1)}, {@code X^+ xi = (2, 0)}: {@code a_hat - a* =
 * (2, -1) = -(I - P) a* + X^+ xi}, while the printed right side is {@code (2, 1)} (squared
 * distance 4). {@code U U^T = 1}: {@code ||U^T xi||^2 = 1 > ||X^T xi||^2 = 1/4}.
 */
class LeastSquaresIdentityErratumTest {

  private static LeastSquaresProbeInstance pinned() {
    SparseRecoveryData data = new SparseRecoveryData(
        RationalMatrix.of(new BigRational[][] {{BigRational.of(1, 2), BigRational.ZERO}}),
        new BigRational[] {BigRational.ZERO, BigRational.ONE}, new BigRational[] {
            BigRational.ONE});
    return new LeastSquaresProbeInstance(data, new BigRational[] {BigRational.ZERO,
        BigRational.ZERO}, BigRational.ONE, BigRational.ZERO);
  }

  @Test
  @Verifies("TDR:eq-73")
  @Verifies("TDR:eq-92")
  void printedStepsFailAndCorrectedHold() {
    Verdict printed = new LeastSquaresIdentityChecker(StatementForm.PRINTED).check(pinned());
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).extracting(Check::label)
        .containsExactly(
            "||(a_hat - a*) - [(I - P) a* + X^+ xi]||^2 = 0 (as printed)",
            "||U^T xi||^2 <= ||X^T xi||^2 (eq-91 -> eq-92 as printed)");
    Check sign = printed.checks().stream().filter(check -> check.label().endsWith(
        "(as printed)")).findFirst().orElseThrow();
    assertThat(sign.lhs()).isEqualTo(4.0);
    Check noise = printed.checks().get(printed.checks().size() - 1);
    assertThat(noise.lhs()).isEqualTo(1.0);
    assertThat(noise.rhs()).isEqualTo(0.25);

    Verdict corrected = new LeastSquaresIdentityChecker().check(pinned());
    assertThat(corrected.holds()).as(corrected.toString()).isTrue();
  }
}
