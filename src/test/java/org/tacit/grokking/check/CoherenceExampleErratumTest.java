package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.IncoherenceFamilies;
import org.tacit.grokking.model.IncoherenceTrials;
import org.tacit.grokking.model.SpikeHadamardInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/** Errata E22 (Theorem G.4) and E23 (Example G.1), each on its pinned counterexample. */
class CoherenceExampleErratumTest {

  /**
   * E22 pinned: {@code n = m = 2}, {@code Phi = I}, {@code N = 1}, {@code C1 = 10},
   * {@code C2 = 1}: {@code t = 2 sqrt(ln 2)/1024 = 1.63e-3} but, by Parseval,
   * {@code mu(M^T, Phi) >= 1/sqrt(2)} for every nonzero M; the printed statement allows the event
   * {@code mu > t} with probability {@code eta = 1/2}, so in 200 trials at most
   * {@code 100 + sqrt(2 200 (1/4) ln 1e9) + (2/3) ln 1e9 = 160} failures, and all 200 fail.
   */
  @Test
  @Verifies("TDR:thm-G.4")
  void printedNormalizedCoherenceBoundFailsOnEveryTrial() {
    IncoherenceTrials pinned = new IncoherenceTrials(RationalMatrix.identity(2), 1, 10, 1,
        IncoherenceFamilies.normals(new SeededDraws(22), 200, 2));
    Verdict printed = new GaussianIncoherenceTheoremChecker(StatementForm.PRINTED).check(pinned);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.failures()).extracting(Check::label).containsExactly(
        "#trials with mu(M^T, Phi) > t <= BinomialAllowance.count(trials, eta, STAT_FALSE_ALARM)");
    assertThat(printed.failures().get(0).lhs()).isEqualTo(200.0);
    assertThat(new GaussianIncoherenceTheoremChecker(StatementForm.CORRECTED).check(pinned).holds())
        .isTrue();
  }

  /**
   * E23 pinned: n = 4, s = 1: {@code Phi = H_4 / 2} is orthonormal, so {@code mu(Phi) = 0}, not
   * {@code 1/sqrt(4) = 1/2}; the corrected {@code mu(I, Phi) = 1/2} holds.
   */
  @Test
  @Verifies("TDR:ex-G.1")
  void printedCoherenceOfAnOrthonormalBasisIsZero() {
    SpikeHadamardInstance pinned = new SpikeHadamardInstance(1, 1);
    Verdict printed = new SpikeHadamardExampleChecker(StatementForm.PRINTED).check(pinned);
    assertThat(printed.failures()).extracting(Check::label)
        .containsExactly("mu(Phi) = 1/sqrt(n)", "mu_1(Phi, s) = s/sqrt(n)");
    assertThat(printed.failures().get(0).lhs()).isEqualTo(0.0);
    assertThat(new SpikeHadamardExampleChecker(StatementForm.CORRECTED).check(pinned).holds())
        .isTrue();
  }
}
