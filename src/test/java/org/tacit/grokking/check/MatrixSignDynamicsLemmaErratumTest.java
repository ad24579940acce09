package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.grokking.check.ScalarSignDynamicsLemmaErratumTest.labelled;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.model.ExactMatrices;
import org.tacit.grokking.model.MatrixSignInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata E3 and E2 of TDR Lemma C.42 (parts (1) and (3)) with the polar factor, exact in a
 * Cayley-rational singular basis: the printed form fails at its labelled check, the corrected
 * form holds. Part (2) holds as printed (strict inequality).
 */
class MatrixSignDynamicsLemmaErratumTest {

  private static final BigRational EIGHTH = BigRational.of(1, 8);

  /** Cayley transform of the skew S with S_01 = 1, S_02 = -1/2, S_13 = 2, S_23 = 1/3. */
  private static final RationalMatrix BASIS = ExactMatrices.cayley(RationalMatrix.of(
      new BigRational[][] {
          {BigRational.ZERO, BigRational.ONE, BigRational.of(-1, 2), BigRational.ZERO},
          {BigRational.MINUS_ONE, BigRational.ZERO, BigRational.ZERO, BigRational.TWO},
          {BigRational.of(1, 2), BigRational.ZERO, BigRational.ZERO, BigRational.of(1, 3)},
          {BigRational.ZERO, BigRational.of(-2), BigRational.of(-1, 3), BigRational.ZERO}}));

  private final MatrixSignDynamicsLemmaChecker printed =
      new MatrixSignDynamicsLemmaChecker(StatementForm.PRINTED);
  private final MatrixSignDynamicsLemmaChecker corrected = new MatrixSignDynamicsLemmaChecker();

  /**
   * E2 (the inventory's instance): sigma = (4 alpha, 3 alpha, 3/10, 0), alpha = 1/8, so r_1 = 3
   * and two nonzero sigma_i have integer ratio. After floor(4) = 4 steps the rank (by exact
   * elimination) is 1 = 3 - 2 at every t = 5, ..., 8; the printed part (3) predicts 2.
   */
  @Test
  @Verifies("TDR:lem-C.42c")
  void rankCountIsInverted() {
    MatrixSignInstance instance = new MatrixSignInstance(BASIS, BASIS, List.of(BigRational.of(1, 2),
        BigRational.of(3, 8), BigRational.of(3, 10), BigRational.ZERO), EIGHTH);
    assertThat(instance.initialMatrix().rank()).isEqualTo(3);
    Verdict verdict = printed.check(instance);
    assertThat(verdict.hypothesesMet()).isTrue();
    assertThat(labelled(verdict, MatrixSignDynamicsLemmaChecker.RANK_PRINTED).holds()).isFalse();
    assertThat(labelled(verdict, MatrixSignDynamicsLemmaChecker.RANK_PRINTED).lhs()).isEqualTo(4.0);
    assertThat(labelled(verdict, MatrixSignDynamicsLemmaChecker.ENTRY).holds()).isTrue();
    Verdict fixed = corrected.check(instance);
    assertThat(fixed.holds()).as(fixed.describe()).isTrue();
  }

  /**
   * E3: sigma = (1/16, 0, 0, 0), alpha = 1/8: sigma_max < alpha, yet A^(2) = -A^(1) != A^(1)
   * (the singular value goes 1/16 -> 1/16 with the sign folded into U): not stationary.
   */
  @Test
  @Verifies("TDR:lem-C.42a")
  void matricesInsideTheSpectralBallAreNotStationary() {
    List<BigRational> sigma = List.of(BigRational.of(1, 16), BigRational.ZERO, BigRational.ZERO,
        BigRational.ZERO);
    MatrixSignInstance instance = new MatrixSignInstance(BASIS, BASIS, sigma, EIGHTH);
    Verdict verdict = printed.check(instance);
    assertThat(labelled(verdict, MatrixSignDynamicsLemmaChecker.STATIONARY_PRINTED).holds())
        .isFalse();
    assertThat(corrected.check(instance).holds()).isTrue();
  }
}
