package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.DecompositionInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.PerturbationTerms;
import org.tacit.spec.Verifies;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW Appendix C.4: the off-support u-update is printed with {@code v(t)}, but
 * Algorithm 1 takes the u-gradient at {@code v(t+1)}; and the printed expansion repeats the
 * support term. Hand-worked instance (values below derived by hand, not by the code).
 */
class PerturbationDecompositionErratumTest {

  private static BigRational q(long numerator, long denominator) {
    return BigRational.of(numerator, denominator);
  }

  /**
   * L = 2 groups of size 1: group 0 in S with (u_0*)^2 = 1, v_0* = 1; group 1 off the support.
   * Sigma = [[1, 1/10], [1/10, 1]], g = (0, -1/5), u = (1, 1/10), v = (1, 1), gamma = 1/10.
   * Then w = (1, 1/100), X^T r/n = Sigma (w* - w) + g = (-1/1000, -21/100),
   * z_0 = 1 - 1/1000 > 0 and z_1 = (1/100 - 21/100) * 100 = -20, so v(t+1) = (1, -1) (the
   * off-support direction flips). At v(t+1): w' = (1, -1/100), X^T r'/n = (1/1000, -19/100),
   * dL/du_1 = -2 u_1 v_1' (X^T r'/n)_1 = -19/500 and u_1(t+1) = 1/10 + 19/5000 = 519/5000.
   * e_{1,t} at v(t+1) = -1/100 + 1/5 = 19/100 and 1/10 (1 + 2/10 * 19/100) = 519/5000 (exact);
   * at v(t) e = -1/100 - 1/5 = -21/100, giving 1/10 (1 - 42/1000) = 479/5000, which is the Jacobi
   * (authors' code) update, not Algorithm 1's. The printed expansion subtracts also
   * v_1 Sigma_10 u_0^2 v_0 = 1/10: 1/10 (1 + 2/10 (-21/100 - 1/10)) = 469/5000.
   */
  static DecompositionInstance counterexample() {
    BigRational zero = BigRational.ZERO;
    BigRational one = BigRational.ONE;
    BigRational[][] sigma = {{one, q(1, 10)}, {q(1, 10), one}};
    GroupState state = new GroupState(GroupPartition.ofSizes(1, 1), sigma,
        new BigRational[] {one, zero}, new BigRational[] {one, zero},
        new BigRational[] {zero, q(-1, 5)}, new BigRational[] {one, q(1, 10)},
        new BigRational[] {one, one});
    return new DecompositionInstance(state, q(1, 10));
  }

  @Test
  @Verifies("LNHW:rem-C.4.1")
  void printedOffSupportUpdateFailsAndTheCorrectedOneHolds() {
    DecompositionInstance instance = counterexample();
    GroupState state = instance.state();
    BigRational[] next = {BigRational.ONE, BigRational.MINUS_ONE};
    assertThat(PerturbationTerms.offSupportPerturbation(state, state.u(), next, 1))
        .isEqualTo(q(19, 100));
    assertThat(PerturbationTerms.offSupportPerturbation(state, state.u(), state.v(), 1))
        .isEqualTo(q(-21, 100));

    Verdict printed = new PerturbationDecompositionChecker(StatementForm.PRINTED)
        .check(instance);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(printed.failures()).hasSize(2).allSatisfy(check -> {
      assertThat(check.specId()).isEqualTo("LNHW:rem-C.4.1");
      assertThat(check.lhs()).isEqualTo(519.0 / 5000);
    });
    assertThat(printed.failures()).extracting(check -> check.rhs())
        .containsExactlyInAnyOrder(479.0 / 5000, 469.0 / 5000);

    Verdict corrected = new PerturbationDecompositionChecker().check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
    assertThat(corrected.checks()).anySatisfy(check -> {
      assertThat(check.label()).startsWith("Jacobi update");
      assertThat(check.lhs()).isEqualTo(479.0 / 5000);
      assertThat(check.holds()).isTrue();
    });
  }

  /** Each hypothesis, broken alone on the counterexample, is named. */
  @Test
  void eachBrokenHypothesisIsNamed() {
    DecompositionInstance valid = counterexample();
    GroupState state = valid.state();
    PerturbationDecompositionChecker checker = new PerturbationDecompositionChecker();
    assertThat(checker.check(new DecompositionInstance(state, BigRational.ZERO))
        .hypothesisFailure()).isEqualTo("gamma > 0");
    assertThat(checker.check(new DecompositionInstance(state.withState(
        new BigRational[] {BigRational.ONE, BigRational.ZERO}, state.v()), valid.gamma()))
        .hypothesisFailure()).isEqualTo("u in R_+^L (u_l > 0)");
    assertThat(checker.check(new DecompositionInstance(state.withState(state.u(),
        new BigRational[] {BigRational.ONE, q(1, 2)}), valid.gamma())).hypothesisFailure())
        .isEqualTo("||v_l(t)|| = 1 for every group");
  }
}
