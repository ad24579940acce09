package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.grokking.check.ScalarSignDynamicsLemmaErratumTest.labelled;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata E3, E1 and E2 of TDR Lemma C.31 (parts (1), (2), (3)) on pinned exact counterexamples
 * with {@code alpha = 1/4} and {@code H = sign}: the printed form fails at its labelled check, the
 * corrected form holds.
 */
class VectorSignDynamicsLemmaErratumTest {

  private static final BigRational QUARTER = BigRational.of(1, 4);

  private final VectorSignDynamicsLemmaChecker printed =
      new VectorSignDynamicsLemmaChecker(StatementForm.PRINTED);
  private final VectorSignDynamicsLemmaChecker corrected = new VectorSignDynamicsLemmaChecker();

  /** E3: a^(1) = (1/8, 0): in the ball, but a^(2) = (-1/8, 0). */
  @Test
  @Verifies("TDR:lem-C.31a")
  void pointsOfTheBallAreNotStationary() {
    SignDynamicsInstance instance = signDynamics(BigRational.of(1, 8), BigRational.ZERO);
    assertThat(SignDynamicsClaims.trajectory(instance).get(1))
        .containsExactly(BigRational.of(-1, 8), BigRational.ZERO);
    Verdict verdict = printed.check(instance);
    assertThat(labelled(verdict, VectorSignDynamicsLemmaChecker.STATIONARY_PRINTED).holds())
        .isFalse();
    assertThat(corrected.check(instance).holds()).isTrue();
  }

  /** E1: a^(1) = (1/2, 1/8): floor(2) = 2, but a^(2) = (1/4, -1/8) has sup norm alpha at t = 2. */
  @Test
  @Verifies("TDR:lem-C.31b")
  void entryTimeIsOffByOneAtIntegerRatios() {
    SignDynamicsInstance instance = signDynamics(BigRational.of(1, 2), BigRational.of(1, 8));
    assertThat(SignDynamicsClaims.trajectory(instance).get(1))
        .containsExactly(QUARTER, BigRational.of(-1, 8));
    Verdict verdict = printed.check(instance);
    assertThat(labelled(verdict, VectorSignDynamicsLemmaChecker.ENTRY_PRINTED).holds()).isFalse();
    assertThat(labelled(verdict, VectorSignDynamicsLemmaChecker.ENTRY_PRINTED).lhs())
        .isEqualTo(1.0);
    assertThat(corrected.check(instance).holds()).isTrue();
  }

  /**
   * E2: n = 8, a^(1) = (1, 1/2, -3/4, 0, 5/4, 1/3, -5/8, 7/12), ratios a_i/alpha = (4, 2, -3, 0,
   * 5, 4/3, -5/2, 7/3): five integers. After floor(5) = 5 steps the integer-ratio coordinates are
   * 0 and the others oscillate, so ||a^(t)||_0 = 3 = 8 - 5, while the printed part (3) predicts 5,
   * at every t = 6, ..., 9.
   */
  @Test
  @Verifies("TDR:lem-C.31c")
  void supportCountIsInverted() {
    SignDynamicsInstance instance = signDynamics(BigRational.ONE, BigRational.of(1, 2),
        BigRational.of(-3, 4), BigRational.ZERO, BigRational.of(5, 4), BigRational.of(1, 3),
        BigRational.of(-5, 8), BigRational.of(7, 12));
    List<BigRational[]> iterates = SignDynamicsClaims.trajectory(instance);
    assertThat(iterates.get(5)).containsExactly(BigRational.ZERO, BigRational.ZERO,
        BigRational.ZERO, BigRational.ZERO, BigRational.ZERO, BigRational.of(1, 12),
        BigRational.of(1, 8), BigRational.of(-1, 6));
    Verdict verdict = printed.check(instance);
    assertThat(labelled(verdict, VectorSignDynamicsLemmaChecker.SUPPORT_PRINTED).holds())
        .isFalse();
    assertThat(labelled(verdict, VectorSignDynamicsLemmaChecker.SUPPORT_PRINTED).lhs())
        .isEqualTo(4.0);
    Verdict fixed = corrected.check(instance);
    assertThat(fixed.holds()).isTrue();
    assertThat(labelled(fixed, VectorSignDynamicsLemmaChecker.SUPPORT_CORRECTED).holds()).isTrue();
  }

  private static SignDynamicsInstance signDynamics(BigRational... initial) {
    List<BigRational> zeros = new ArrayList<>();
    for (int i = 0; i < initial.length; i++) {
      zeros.add(BigRational.ZERO);
    }
    return new SignDynamicsInstance(List.of(initial), QUARTER, zeros);
  }
}
