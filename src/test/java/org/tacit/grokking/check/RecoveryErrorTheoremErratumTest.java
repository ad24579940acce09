package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.grokking.model.TdrTolerances;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata of Theorem 3.3 / C.39, pinned on {@code X = [2 1 1]}, {@code a* = e_0} (so
 * {@code S = {0}}, {@code rho_S = 1/2} by hand), {@code xi = 0}, {@code alpha = 1/6}
 * ({@code alpha lambda(X X^T) = 1}, so {@code rho_r = 0} and {@code T1 = 2}),
 * {@code beta = 1/100}, {@code a^(1) = 0}, 300 steps:
 * <ul>
 *   <li>eq-94: the printed {@code rho_2 = sigma_max(I - alpha X^T X) = 1} (ker X is fixed), so C2
 *       is infinite (E7; the row-space {@code rho_r} replaces it);
 *   <li>eq-96: the printed first line is not {@code C1 eta + C2 alpha beta + C3 ||xi||} (its eta
 *       coefficient {@code (1 + rho)/(1 - rho) = 3} is twice {@code C1 = 3/2});
 *   <li>eq-93 "only if" (E10): at {@code t2 = T1}, before {@code T1 + Delta t}, the bound already
 *       holds ({@code a^(2) = (2/3, 1/3, 1/3)}, error 1, bound above 300).
 * </ul>
 */
class RecoveryErrorTheoremErratumTest {

  @Test
  @Verifies("TDR:eq-94")
  @Verifies("TDR:eq-96")
  @Verifies("TDR:eq-93")
  @Verifies("TDR:thm-C.39")
  void printedFormsFailAndTheCorrectedTheoremHolds() {
    SparseRecoveryData data = new SparseRecoveryData(RationalMatrix.of(new long[][] {{2, 1, 1}}),
        new BigRational[] {BigRational.ONE, BigRational.ZERO, BigRational.ZERO},
        new BigRational[] {BigRational.ZERO});
    SparseRunInstance instance = new SparseRunInstance(data, 1.0 / 6, 0.01, new double[3], 300);
    Verdict printed = new RecoveryErrorTheoremChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).extracting(Check::label)
        .containsExactlyInAnyOrder(
            "rho_2 = sigma_max(I - alpha X^T X) < 1 (as printed; = 1 on ker X when N < n, so C2 is"
                + " infinite)",
            "as printed (only if): at t2 = T1 < T1 + Delta t(eta) (eta with Delta t = 1) the bound"
                + " C1 eta + C2 alpha beta + C3 ||xi|| (C' = 0) fails",
            "eq-96 first line = C1 eta + C2 alpha beta + C3 ||xi|| (as printed; worst t2)");
    Check necessity = printed.checks().stream().filter(check -> check.label().startsWith(
        "as printed (only if)")).findFirst().orElseThrow();
    assertThat(necessity.lhs()).isGreaterThan(300.0);
    assertThat(necessity.rhs()).isLessThanOrEqualTo(1 + TdrTolerances.NULL_SPACE_TRAJECTORY);
    assertThat(new RecoveryErrorTheoremChecker().check(instance).holds()).isTrue();
  }
}
