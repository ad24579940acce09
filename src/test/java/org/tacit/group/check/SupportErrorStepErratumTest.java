package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.SupportErrorFamilies;
import org.tacit.group.model.SupportErrorState;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/** LNHW Eq. (9): the printed 2 zeta fails at a milestone state; the corrected chain holds. */
class SupportErrorStepErratumTest {

  /**
   * (u*)^2 = (u*_max)^2 = 1, zeta = 13/50 (so m_0 = floor(log_2(50/13)) = 1), u^2 = 1/2 (allowed:
   * |u^2 - 1| = 1/2 = 2^{-m_0}), v* = (1, 0), v = (391/409, 120/409) (the stereographic image of
   * t = 3/20; <v, v*> = 391/409 = 0.9560 >= 1 - 1/20). Then E = (391/818 - 1, 60/409),
   * ||E||_inf = 427/818 = 0.5220 > 2 zeta = 0.52, and 2 - 2<v, v*> = 36/409 = 0.0880 >
   * ((2/5)(1/2))^2 = 0.04.
   */
  static SupportErrorState counterexample() {
    BigRational one = BigRational.ONE;
    return new SupportErrorState(one, one, BigRational.of(13, 50), BigRational.of(1, 2),
        new BigRational[] {BigRational.of(391, 409), BigRational.of(120, 409)},
        new BigRational[] {one, BigRational.ZERO});
  }

  @Test
  @Verifies("LNHW:eq-9")
  void printedTwoZetaFailsAtAMilestoneState() {
    SupportErrorState state = counterexample();
    assertThat(state.halvings()).isEqualTo(1);
    Verdict printed = new SupportErrorStepChecker(StatementForm.PRINTED).check(state);
    assertThat(printed.hypothesesMet()).as(printed.describe()).isTrue();
    assertThat(printed.checks()).filteredOn(check -> !check.holds()).extracting(Check::label)
        .containsExactly("sqrt(2 - 2<v,v*>) <= (2/5) 2^{-m_0} (printed)",
            "||E||_inf <= 2 zeta (printed)");
    assertThat(printed.checks()).filteredOn(check -> check.label().startsWith("||E||_inf <= 2"))
        .singleElement().satisfies(check -> {
          assertThat(check.lhs()).isEqualTo(427.0 / 818);
          assertThat(check.rhs()).isEqualTo(0.52);
        });
    assertThat(new SupportErrorStepChecker().check(state).holds()).isTrue();
  }

  @Test
  @Verifies("LNHW:eq-9")
  @Verifies("LNHW:rem-D.1.1")
  void correctedChainHoldsOnMilestoneStates() {
    PropertyHarness.verify("LNHW:eq-9 corrected",
        new CheckSuite<>(new SupportErrorStepChecker(), SupportErrorFamilies.milestones()));
  }

  @Test
  void rejectsAStateOutsideTheDirectionMilestone() {
    SupportErrorState valid = counterexample();
    SupportErrorState far = new SupportErrorState(valid.uStarSquared(), valid.uStarMaxSquared(),
        valid.zeta(), valid.uSquared(),
        new BigRational[] {BigRational.of(3, 5), BigRational.of(4, 5)}, valid.vStar());
    assertThat(new SupportErrorStepChecker().check(far).hypothesisFailure())
        .isEqualTo("<v_l, v_l*> >= 1 - (1/5) 2^{-2 m_0} (rem-D.1.1)");
    SupportErrorState notUnit = new SupportErrorState(valid.uStarSquared(),
        valid.uStarMaxSquared(), valid.zeta(), valid.uSquared(),
        new BigRational[] {BigRational.ONE, BigRational.of(1, 10)}, valid.vStar());
    assertThat(new SupportErrorStepChecker().check(notUnit).hypothesisFailure())
        .isEqualTo("||v_l|| = ||v_l*|| = 1");
  }
}
