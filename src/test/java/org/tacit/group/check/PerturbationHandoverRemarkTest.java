package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.PerturbationBoundFamilies;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.PerturbationBoundInstance;
import org.tacit.group.model.PerturbationRegime;
import org.tacit.group.model.PerturbationTerms;
import org.tacit.spec.Verifies;
import org.tacit.verify.SeededDraws;

/**
 * LNHW rem-C.3.2 (the hand-over from Lemma 10 to Lemmas 11/12 at {@code tau = 1/2}): the
 * arithmetic of the hand-over, exactly, against the constants the Lemma 12 checker uses, and the
 * perturbation bound of Lemma 10 ({@code (u*)^2/20}) at Lemma 12 states with {@code tau = 1/2}.
 */
class PerturbationHandoverRemarkTest {

  private static final BigRational HALF = BigRational.of(1, 2);

  /**
   * At tau = 1/2: Lemma 11/12's perturbation bound tau (u*)^2/10 is Lemma 10's (u*)^2/20;
   * Lemma 10's conclusion (1/2)(u*)^2 <= u^2 <= (3/2)(u*)^2 is Lemma 12's magnitude hypothesis
   * |(u*)^2 - u^2| <= tau (u*)^2; and Lemma 8 with B = 1/20 gives the cap 1 - B^2 = 1 - 1/400,
   * inside Lemma 12's cap 1 - tau^2/5 = 1 - 1/20.
   */
  @Test
  @Verifies("LNHW:rem-C.3.2")
  void constantsMeetAtTauOneHalf() {
    PerturbationRegime regime = PerturbationRegime.LEMMA_12;
    assertThat(HALF.divide(regime.conclusionDivisor())).isEqualTo(BigRational.of(1, 20));
    assertThat(regime.magnitudeAccuracy(HALF)).isEqualTo(HALF);
    BigRational lemmaEightCap = BigRational.ONE.subtract(BigRational.of(1, 400));
    BigRational lemmaTwelveCap = BigRational.ONE.subtract(regime.capSlack(HALF));
    assertThat(lemmaTwelveCap).isEqualTo(BigRational.of(19, 20));
    assertThat(lemmaEightCap).isGreaterThanOrEqualTo(lemmaTwelveCap);
  }

  /**
   * Lemma 12 states with tau = 1/2 (drawn by the Lemma 12 family, which meets the corrected
   * hypotheses) satisfy Lemma 10's perturbation hypotheses |<v_l, b_l>| <= (u_l*)^2/20 and
   * |e_l| <= (u_l*)^2/20, evaluated here directly from the terms.
   */
  @Test
  @Verifies("LNHW:rem-C.3.2")
  void lemmaTwelveStatesAtTauOneHalfMeetLemmaTenBounds() {
    SeededDraws draws = new SeededDraws(17);
    int seen = 0;
    for (int k = 0; k < 120; k++) {
      PerturbationBoundInstance instance = PerturbationBoundFamilies
          .corrected(PerturbationRegime.LEMMA_12).draw(draws);
      if (!instance.tau().equals(HALF)) {
        continue;
      }
      GroupState state = instance.state();
      for (int l = 0; l < state.groups().groupCount(); l++) {
        if (!state.inSupport(l)) {
          continue;
        }
        seen++;
        BigRational bound = state.uStarSquared()[l].divide(BigRational.of(20));
        BigRational[] v = PerturbationTerms.restrict(state.groups(), state.v(), l);
        BigRational[] next = PerturbationTerms.restrict(state.groups(), instance.nextV(), l);
        BigRational vb = PerturbationTerms.dot(v,
            PerturbationTerms.of(state, state.u(), state.v(), l).total());
        BigRational e = PerturbationTerms.dot(next,
            PerturbationTerms.of(state, state.u(), instance.nextV(), l).total());
        assertThat(vb.abs()).isLessThanOrEqualTo(bound);
        assertThat(e.abs()).isLessThanOrEqualTo(bound);
      }
    }
    assertThat(seen).isPositive();
  }
}
