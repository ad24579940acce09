package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.NullSpaceInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata of the null space definitions (inventory E21) pinned on {@code A = [2 1 1]},
 * {@code S = {0}}: {@code ker A = {u_0 = -(u_1 + u_2)/2}}, so {@code rho_S = 1/2} (by hand), attained
 * at {@code u = (-1/2, 1, 0)}.
 * <ul>
 *   <li>Definitions C.35 / C.37 / 3.2 as printed ({@code <} "for all u") fail at {@code u = 0}
 *       for every matrix: {@code 0 < 0} is false.
 *   <li>With the strict inequality, the stable NSP with {@code rho = rho_S = 1/2} fails at the
 *       maximiser ({@code 1/2 < 1/2} is false) while the inequality of Theorem C.36 holds for all
 *       pairs with this rho (with equality at the maximiser pair): the "if" direction of C.36 fails
 *       as printed; with Foucart-Rauhut's {@code <=} both sides agree.
 * </ul>
 */
class NullSpacePropertyErratumTest {

  private static NullSpaceInstance pinned() {
    BigRational[][] probes = {
        {BigRational.ONE, BigRational.ZERO, BigRational.ZERO},
        {BigRational.of(1, 2), BigRational.of(-3, 4), BigRational.of(2)},
        {BigRational.ZERO, BigRational.ONE, BigRational.MINUS_ONE}};
    return new NullSpaceInstance(RationalMatrix.of(new long[][] {{2, 1, 1}}), new int[] {0},
        BigRational.of(1, 2), probes);
  }

  @Test
  @Verifies("TDR:def-C.37")
  @Verifies("TDR:def-3.2")
  @Verifies("TDR:def-C.35")
  void strictInequalityFailsAtZero() {
    Verdict printed = new NullSpacePropertyChecker(StatementForm.PRINTED).check(pinned());
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).extracting(Check::label)
        .containsExactly("as printed: ||u_S||_1 < rho ||u_S_bar||_1 + tau ||A u|| for all u, at"
            + " u = 0");
    assertThat(new NullSpacePropertyChecker().check(pinned()).holds()).isTrue();
  }

  @Test
  @Verifies("TDR:thm-C.36")
  @Verifies("TDR:def-C.35")
  void strictStablePropertyBreaksTheEquivalenceAtRhoS() {
    Verdict printed = new NullSpaceErrorBoundTheoremChecker(StatementForm.PRINTED)
        .check(pinned());
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).extracting(Check::label)
        .containsExactly("as printed (strict): ||u_S||_1 < rho_S ||u_S_bar||_1 at the maximiser,"
            + " although C.36's inequality holds with rho_S");
    Check tight = printed.checks().stream().filter(check -> check.label().startsWith("tight"))
        .findFirst().orElseThrow();
    assertThat(tight.holds()).isTrue();
    assertThat(tight.lhs()).isEqualTo(1.5);
    assertThat(new NullSpaceErrorBoundTheoremChecker().check(pinned()).holds()).isTrue();
  }

  /** A = [1 1 1], S = {0}: rho_S = 1 (u = (-1, 1, 0)), so the NSP fails; the checker says so. */
  @Test
  @Verifies("TDR:def-C.34")
  void failingPropertyIsReportedByItsWitness() {
    NullSpaceInstance instance = new NullSpaceInstance(RationalMatrix.of(new long[][] {{1, 1, 1}}),
        new int[] {0}, BigRational.of(1, 2), new BigRational[][] {
            {BigRational.ONE, BigRational.of(2), BigRational.of(-1, 3)}});
    Verdict verdict = new NullSpacePropertyChecker().check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks()).extracting(Check::label).contains(
        "NSP fails (rho_S >= 1 or unbounded): the witness has ||u_S_bar||_1 <= ||u_S||_1",
        "stable NSP with rho fails (rho_S > rho): the witness has rho ||u_S_bar||_1 < ||u_S||_1");
    Verdict theorem = new NullSpaceErrorBoundTheoremChecker().check(instance);
    assertThat(theorem.holds()).isTrue();
    assertThat(theorem.checks()).extracting(Check::label).contains("if (contrapositive): rho_S >"
        + " rho (or unbounded), the maximiser pair (A u = A v) violates the bound");
  }
}
