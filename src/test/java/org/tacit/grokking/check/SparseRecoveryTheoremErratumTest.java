package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata E7 and E8 of TDR Theorem 3.1 / C.29 on the pinned instance {@code X = [2 1]},
 * {@code a* = (1, 0)}, {@code xi = 0}, {@code alpha = 0.1}, {@code beta = 0.01}, {@code a^(1) = 0},
 * 2000 steps.
 *
 * <p>By hand: {@code X X^T = 5}, so {@code rho_r = |1 - 0.5| = 1/2}, while {@code rho_2 = 1}
 * ({@code ker X} is spanned by {@code (1, -2)}); {@code a_hat = X^T/5 * 2 = (4/5, 2/5)}, so
 * {@code D = ||a_hat|| = 2/sqrt(5) = 0.894}; {@code c = alpha beta sqrt(2) = 1.414e-3}; the l1
 * minimiser of {@code 2 a_1 + a_2 = 2} is {@code (1, 0)}, towards which the run drifts along
 * {@code ker X}, so {@code ||a - a_hat||} approaches {@code ||(1, 0) - (4/5, 2/5)|| = 1/sqrt(5) =
 * 0.447}, far above the printed bound {@code 2 c/(1 - rho_r) = 5.66e-3}.
 */
class SparseRecoveryTheoremErratumTest {

  private static SparseRunInstance pinned() {
    SparseRecoveryData data = new SparseRecoveryData(RationalMatrix.of(new long[][] {{2, 1}}),
        new BigRational[] {BigRational.ONE, BigRational.ZERO}, new BigRational[] {
            BigRational.ZERO});
    return new SparseRunInstance(data, 0.1, 0.01, new double[2], 2000);
  }

  private static Check labelled(Verdict verdict, String start) {
    List<Check> matching = verdict.checks().stream()
        .filter(check -> check.label().startsWith(start)).toList();
    assertThat(matching).as(start).hasSize(1);
    return matching.get(0);
  }

  @Test
  @Verifies("TDR:thm-3.1")
  @Verifies("TDR:thm-C.29")
  @Verifies("TDR:eq-77")
  @Verifies("TDR:rem-C.4.1")
  void printedBoundsFailAndCorrectedHold() {
    Verdict printed = new SparseRecoveryTheoremChecker(StatementForm.PRINTED).check(pinned());
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    Check fullSpace = labelled(printed, "||a^(t) - a_hat|| <= 2 alpha beta sqrt(n)/(1 - rho_r) for"
        + " t >= t1 (as printed");
    assertThat(fullSpace.holds()).isFalse();
    assertThat(fullSpace.rhs()).isCloseTo(2 * 0.1 * 0.01 * Math.sqrt(2) / 0.5,
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(fullSpace.lhs()).isGreaterThan(0.4).isLessThan(1 / Math.sqrt(5) + 1e-2);
    Check offByOne = labelled(printed, "||P(a^(t) - a_hat)|| <= rho_r^t D");
    assertThat(offByOne.holds()).isFalse();
    // the worst step is t = 1: ||P(a^(1) - a_hat)|| = D = 2/sqrt(5) against D/2 + c
    assertThat(offByOne.lhs()).isCloseTo(2 / Math.sqrt(5), org.assertj.core.data.Offset.offset(
        1e-12));
    assertThat(offByOne.rhs()).isCloseTo(1 / Math.sqrt(5) + 0.1 * 0.01 * Math.sqrt(2),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).hasSize(2);

    Verdict corrected = new SparseRecoveryTheoremChecker().check(pinned());
    assertThat(corrected.holds()).as(corrected.toString()).isTrue();
    assertThat(labelled(corrected, "||(I - alpha X^T X) k||^2 = ||k||^2").exact()).isTrue();
    assertThat(labelled(corrected, "||P(a^(t) - a_hat)|| <= 2 alpha beta sqrt(n)/(1 - rho_r) for"
        + " t >= t1 + 1").holds()).isTrue();
  }

  /** eq-78 on the pinned numbers: t1 = ceil(ln(1 + (1/2) D / c) / ln 2) = ceil(8.31) = 9. */
  @Test
  @Verifies("TDR:eq-78")
  void memorizationTimeOfThePinnedInstance() {
    double distance = 2 / Math.sqrt(5);
    double c = 0.1 * 0.01 * Math.sqrt(2);
    assertThat(SparseRecoveryTheoremChecker.memorizationTime(0.5, distance, c)).isEqualTo(9);
    assertThat(Math.pow(0.5, 9) * (distance + 2 * c)).isLessThanOrEqualTo(2 * c);
    assertThat(Math.pow(0.5, 8) * (distance + 2 * c)).isGreaterThan(2 * c);
  }
}
