package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.family.SignDynamicsFamilies;
import org.tacit.grokking.model.SignDynamicsInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** TDR Lemma C.31: the corrected vector sign dynamics on random rational vectors. */
class VectorSignDynamicsLemmaProperties {

  private final VectorSignDynamicsLemmaChecker checker = new VectorSignDynamicsLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.31")
  @Verifies("TDR:lem-C.31a")
  @Verifies("TDR:lem-C.31b")
  @Verifies("TDR:lem-C.31c")
  void correctedLemmaHoldsOnRandomRationalVectors() {
    PropertyHarness.verify("TDR:lem-C.31",
        new CheckSuite<>(checker, SignDynamicsFamilies.vector()));
  }

  /**
   * a^(1) = (1, -1/2, 3/8, 0), alpha = 1/4, H = sign: ratios 4, -2, 3/2, 0, three of them integer,
   * so after floor(4) = 4 steps exactly one coordinate (the third, oscillating 1/8, -1/8) is
   * nonzero: a^(5) = (0, 0, -1/8, 0).
   */
  @Test
  @Verifies("TDR:lem-C.31c")
  void supportAfterTheTransientByHand() {
    SignDynamicsInstance instance = new SignDynamicsInstance(List.of(BigRational.ONE,
        BigRational.of(-1, 2), BigRational.of(3, 8), BigRational.ZERO), BigRational.of(1, 4),
        List.of(BigRational.ZERO, BigRational.ZERO, BigRational.ZERO, BigRational.ZERO));
    assertThat(SignDynamicsClaims.trajectory(instance).get(4)).containsExactly(BigRational.ZERO,
        BigRational.ZERO, BigRational.of(-1, 8), BigRational.ZERO);
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(ScalarSignDynamicsLemmaErratumTest.labelled(verdict,
        VectorSignDynamicsLemmaChecker.SUPPORT_CORRECTED).holds()).isTrue();
  }
}
