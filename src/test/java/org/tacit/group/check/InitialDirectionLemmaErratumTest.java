package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.InitialDirectionInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW Lemma 3: the printed bound charges the cross-group leakage as
 * {@code L delta_out (u_l*)^2}, but it is {@code delta_out sum_{l' != l} (u_l'*)^2}, which is
 * larger when another group is much stronger.
 */
class InitialDirectionLemmaErratumTest {

  /**
   * L = 2 groups of size 2, Sigma_11 = Sigma_22 = I, Sigma_12 = (1/20) [[0, 0], [1, 0]] (rank one,
   * spectral and Frobenius norm exactly 1/20; Sigma is positive definite), w_1* = (1, 0),
   * w_2* = (100, 0), no noise. Then a_1 = w_1* + Sigma_12 w_2* = (1, 5), so
   * cos = <a_1, v_1*>/||a_1|| = 1/sqrt(26), cos^2 = 1/26 < 0.04, while the printed bound with
   * delta_in = 1/1000 (any value in (0, 1) satisfies (1) here) and delta_out = 1/20 is
   * 1 - (1/1000 + 2/20)^2 = 0.989799. The corrected beta = 1/1000 + (1/20) * 100 = 5.001 >= 1, so
   * the corrected lemma does not apply.
   */
  static InitialDirectionInstance counterexample() {
    BigRational zero = BigRational.ZERO;
    BigRational one = BigRational.ONE;
    BigRational twentieth = BigRational.of(1, 20);
    BigRational[][] sigma = {
        {one, zero, zero, zero},
        {zero, one, twentieth, zero},
        {zero, twentieth, one, zero},
        {zero, zero, zero, one}};
    return new InitialDirectionInstance(GroupPartition.ofSizes(2, 2), sigma,
        new BigRational[] {one, zero, BigRational.of(100), zero},
        new BigRational[] {zero, zero, zero, zero}, 0, BigRational.of(1, 1000), twentieth);
  }

  @Test
  @Verifies("LNHW:lem-3")
  void printedBoundFailsOnTheCounterexample() {
    InitialDirectionInstance instance = counterexample();
    BigRational[] a = instance.correlations();
    assertThat(a[0]).isEqualTo(BigRational.ONE);
    assertThat(a[1]).isEqualTo(BigRational.of(5));

    Verdict printed = new InitialDirectionLemmaChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(printed.holds()).isFalse();
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).singleElement()
        .satisfies(check -> {
          assertThat(check.specId()).isEqualTo("LNHW:lem-3");
          double target = 1 - Math.pow(0.001 + 0.1, 2);
          assertThat(check.lhs()).isCloseTo(target * target * 26, org.assertj.core.data.Offset.offset(1e-12));
          assertThat(check.rhs()).isEqualTo(1.0);
        });

    Verdict corrected = new InitialDirectionLemmaChecker().check(instance);
    assertThat(corrected.hypothesisFailure()).isEqualTo("beta_l < 1 (added: the proof needs it)");
  }

  /** The hypotheses of the printed lemma are checked one at a time on the counterexample. */
  @Test
  void eachBrokenHypothesisIsNamed() {
    InitialDirectionInstance valid = counterexample();
    InitialDirectionLemmaChecker printed = new InitialDirectionLemmaChecker(StatementForm.PRINTED);
    InitialDirectionInstance smallDeltaOut = new InitialDirectionInstance(valid.groups(),
        valid.sigma(), valid.wStar(), valid.noiseCorrelation(), 0, valid.deltaIn(),
        BigRational.of(1, 21));
    assertThat(printed.check(smallDeltaOut).hypothesisFailure())
        .isEqualTo("Assumption 1 (2): ||Sigma_ll'||_2 <= delta_out (Frobenius certificate)");
    InitialDirectionInstance offSupport = new InitialDirectionInstance(valid.groups(),
        valid.sigma(), valid.wStar(), valid.noiseCorrelation(), 0, valid.deltaIn(),
        valid.deltaOut());
    BigRational[] zeroFirst = valid.wStar().clone();
    zeroFirst[0] = BigRational.ZERO;
    assertThat(printed.check(new InitialDirectionInstance(offSupport.groups(), offSupport.sigma(),
        zeroFirst, offSupport.noiseCorrelation(), 0, offSupport.deltaIn(), offSupport.deltaOut()))
        .hypothesisFailure()).isEqualTo("l in S (w_l* != 0)");
    BigRational[][] indefinite = valid.sigma().clone();
    indefinite[3] = new BigRational[] {BigRational.ZERO, BigRational.ZERO, BigRational.ZERO,
        BigRational.ZERO};
    assertThat(printed.check(new InitialDirectionInstance(valid.groups(), indefinite,
        valid.wStar(), valid.noiseCorrelation(), 0, valid.deltaIn(), valid.deltaOut()))
        .hypothesisFailure()).isEqualTo("Sigma = X^T X/n symmetric positive definite");
  }
}
