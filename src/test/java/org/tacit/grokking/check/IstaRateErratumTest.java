package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ProximalRunInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E25 (rem-D.1.4): the printed ISTA rate {@code ||a^(1) - a*|| / (2 alpha T)} misses the
 * square. Pinned: {@code f(x) = x^2/2} ({@code X = [1]}, {@code y* = 0}, {@code beta = 0}, L = 1),
 * {@code alpha = 1/2}, {@code a^(1) = 100}, one step: {@code a^(2) = 50}, {@code f = 1250}, while
 * the printed bound with T = 2 is {@code 100 / (2 (1/2) 2) = 50}; the corrected bound
 * {@code 100^2 / (2 (1/2) 1) = 10000} holds.
 */
class IstaRateErratumTest {

  @Test
  @Verifies("TDR:rem-D.1.4")
  void printedRateFailsAndTheSquaredRateHolds() {
    SparseRecoveryData data = new SparseRecoveryData(RationalMatrix.of(new long[][] {{1}}),
        new BigRational[] {BigRational.ZERO}, new BigRational[] {BigRational.ZERO});
    ProximalRunInstance instance = new ProximalRunInstance(data, BigRational.of(1, 2),
        BigRational.ZERO, new BigRational[] {BigRational.of(100)}, 1);
    Verdict printed = new IstaRateChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).extracting(Check::label)
        .containsExactly("(as printed, squared) [min_t f(a^(t)) - f(a*)]^2 (2 alpha T)^2 <="
            + " ||a^(1) - a*||^2", "(as printed, squared) [min_t f(a^(t)) - f(0)]^2 (2 alpha T)^2"
            + " <= ||a^(1) - 0||^2");
    Check corrected = printed.checks().stream().filter(check -> check.label().startsWith(
        "f(a^(T)) - f(a*)")).findFirst().orElseThrow();
    assertThat(corrected.lhs()).isEqualTo(1250.0);
    assertThat(corrected.rhs()).isEqualTo(10000.0);
    assertThat(new IstaRateChecker().check(instance).holds()).isTrue();
  }

  /** S_1((3, -1/2, -2)) = (2, 0, -1), by hand. */
  @Test
  @Verifies("TDR:rem-D.1.3")
  void softThresholdByHand() {
    assertThat(ProximalRunInstance.softThreshold(new BigRational[] {BigRational.of(3),
        BigRational.of(-1, 2), BigRational.of(-2)}, BigRational.ONE)).containsExactly(
            BigRational.of(2), BigRational.ZERO, BigRational.MINUS_ONE);
  }
}
