package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.model.SignDynamics;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Errata E3 and E1 of TDR Lemma C.30 (parts (1) and (2)), on pinned exact counterexamples: the
 * printed form fails at its labelled check, the corrected form holds.
 */
class ScalarSignDynamicsLemmaErratumTest {

  private static final BigRational TENTH = BigRational.of(1, 10);

  private final ScalarSignDynamicsLemmaChecker printed =
      new ScalarSignDynamicsLemmaChecker(StatementForm.PRINTED);
  private final ScalarSignDynamicsLemmaChecker corrected = new ScalarSignDynamicsLemmaChecker();

  /**
   * E3: a^(1) = 1/20, alpha = 1/10, H = sign: |a^(1)| <= alpha, yet a^(2) = -1/20 != a^(1): the
   * iterates 1/20, -1/20, 1/20, -1/20 (t <= T = 4) all lie in [-alpha, alpha] and none is fixed,
   * so the printed "stationary iff |a| <= alpha" fails at all 4 steps. (The proof's choice
   * H(a) = a/alpha is not in d|a| = {1} here, and would give a - alpha H(a) = 0, not a.)
   */
  @Test
  @Verifies("TDR:lem-C.30a")
  void pointsOfTheBallAreNotStationary() {
    SignDynamicsInstance instance = scalar(BigRational.of(1, 20), BigRational.ZERO);
    assertThat(SignDynamics.step(instance.initialPoint(), TENTH, instance.selection()))
        .containsExactly(BigRational.of(-1, 20));
    Verdict verdict = printed.check(instance);
    assertThat(verdict.hypothesesMet()).isTrue();
    assertThat(labelled(verdict, ScalarSignDynamicsLemmaChecker.STATIONARY_PRINTED).holds())
        .isFalse();
    assertThat(labelled(verdict, ScalarSignDynamicsLemmaChecker.STATIONARY_PRINTED).lhs())
        .isEqualTo(4.0);
    assertThat(corrected.check(instance).holds()).isTrue();
  }

  /**
   * E1: a^(1) = 1/5, alpha = 1/10: floor(|a^(1)|/alpha) = 2 but a^(2) = 1/10 already has
   * |a^(2)| <= alpha at t = 2 (one failing t). On the grid a^(1) in (1/20) Z cap [-2, 2] the
   * printed part (2) fails exactly at the 40 nonzero points with a^(1)/alpha in Z; the corrected
   * form holds at all 81.
   */
  @Test
  @Verifies("TDR:lem-C.30b")
  void entryTimeIsOffByOneAtIntegerRatios() {
    Verdict verdict = printed.check(scalar(BigRational.of(1, 5), BigRational.ZERO));
    assertThat(labelled(verdict, ScalarSignDynamicsLemmaChecker.ENTRY_PRINTED).holds()).isFalse();
    assertThat(labelled(verdict, ScalarSignDynamicsLemmaChecker.ENTRY_PRINTED).lhs())
        .isEqualTo(1.0);
    int failing = 0;
    for (int j = -40; j <= 40; j++) {
      SignDynamicsInstance instance = scalar(BigRational.of(j, 20), BigRational.ZERO);
      boolean fails = !labelled(printed.check(instance),
          ScalarSignDynamicsLemmaChecker.ENTRY_PRINTED).holds();
      assertThat(fails).isEqualTo(j != 0 && j % 2 == 0);
      failing += fails ? 1 : 0;
      assertThat(corrected.check(instance).holds()).isTrue();
    }
    assertThat(failing).isEqualTo(40);
  }

  /**
   * Why the strict corrected form of (2) needs |H(0)| < 1: a^(1) = alpha = 1/10 with H(0) = 1
   * gives 1/10, 0, -1/10, 0, ...: |a^(3)| = alpha although 3 > floor(1) = 1. The non-strict
   * corrected form (entry at t >= max(1, ceil(1)) = 1) still holds, and the checker leaves the
   * strict one out for this selection.
   */
  @Test
  @Verifies("TDR:lem-C.30b")
  void strictFormNeedsASelectionInsideTheOpenInterval() {
    SignDynamicsInstance instance = scalar(TENTH, BigRational.ONE);
    List<BigRational[]> iterates = SignDynamicsClaims.trajectory(instance);
    assertThat(iterates.get(2)).containsExactly(TENTH.negate());
    Verdict verdict = corrected.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().stream().map(Check::label))
        .noneMatch(label -> label.startsWith(SignDynamicsClaims.ENTRY_STRICT));
  }

  private static SignDynamicsInstance scalar(BigRational initial, BigRational selection) {
    return new SignDynamicsInstance(List.of(initial), TENTH, List.of(selection));
  }

  /** The unique check whose label starts with {@code label}. */
  static Check labelled(Verdict verdict, String label) {
    assertThat(verdict.checks().stream().filter(c -> c.label().startsWith(label))).hasSize(1);
    return verdict.checks().stream().filter(c -> c.label().startsWith(label)).findFirst()
        .orElseThrow();
  }
}
