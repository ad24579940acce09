package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.DeepHadamardInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum E30 (eq-118): with the printed weight decay {@code h(A_i) = ||A_i||_2 / 2} the gradient
 * is {@code A_i / (2 ||A_i||)}, not {@code H(A_i) = A_i}. Pinned counterexample: L = 1, n = 2,
 * {@code A_1 = (3, 4)} ({@code ||A_1|| = 5}): {@code ||grad h||^2 = 1/4} but
 * {@code ||H(A_1)||^2 = 25}. The corrected {@code h = ||A_i||_2^2 / 2} holds on the same instance.
 */
class DeepWeightDecayErratumTest {

  private static DeepHadamardInstance pinned() {
    return new DeepHadamardInstance(RationalMatrix.of(new long[][] {{1, 0}}),
        new BigRational[] {BigRational.ONE},
        new BigRational[][] {{BigRational.of(3), BigRational.of(4)}}, BigRational.of(1, 10),
        BigRational.of(1, 10), 1);
  }

  @Test
  @Verifies("TDR:eq-118")
  void printedWeightDecayFailsAtTheGradientCheck() {
    Verdict verdict = new DeepFactorUpdateChecker(StatementForm.PRINTED).check(pinned());
    assertThat(verdict.hypothesesMet()).isTrue();
    assertThat(verdict.failures()).extracting(Check::label).containsExactly(
        "||grad h(A_1)||^2 = 1/4 (h = ||.||_2 / 2) equals ||H(A_i)||^2");
    assertThat(verdict.failures().get(0).rhs()).isEqualTo(25.0);
  }

  @Test
  @Verifies("TDR:eq-118")
  void correctedWeightDecayHoldsOnTheCounterexample() {
    assertThat(new DeepFactorUpdateChecker(StatementForm.CORRECTED).check(pinned()).holds())
        .isTrue();
  }
}
