package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.PerturbationBoundFamilies;
import org.tacit.group.model.PerturbationBoundInstance;
import org.tacit.group.model.PerturbationRegime;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** LNHW Lemmas 12, 13, 17 (corrected) and their proof steps, exactly, at generated states. */
class PerturbationBoundLemmaProperties {

  @Test
  @Verifies("LNHW:lem-12")
  @Verifies("LNHW:eq-7")
  void lemmaTwelveAndEquationSevenHold() {
    PropertyHarness.verify("LNHW:lem-12 corrected",
        new CheckSuite<>(new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12),
            PerturbationBoundFamilies.corrected(PerturbationRegime.LEMMA_12)));
  }

  @Test
  @Verifies("LNHW:lem-13")
  void lemmaThirteenHolds() {
    PropertyHarness.verify("LNHW:lem-13 corrected",
        new CheckSuite<>(new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_13),
            PerturbationBoundFamilies.corrected(PerturbationRegime.LEMMA_13)));
  }

  @Test
  @Verifies("LNHW:lem-17")
  @Verifies("LNHW:eq-10")
  void lemmaSeventeenAndEquationTenHold() {
    PropertyHarness.verify("LNHW:lem-17 corrected",
        new CheckSuite<>(new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_17),
            PerturbationBoundFamilies.corrected(PerturbationRegime.LEMMA_17)));
  }

  /**
   * The families reach the extremes they promise: some draws put a support direction exactly on
   * the cap's boundary {@code <v_l, v_l*> = 1 - eps} (the rational-boundary taus), and some put a
   * magnitude exactly at an end or an off-support magnitude exactly at {@code u^2 = alpha}.
   */
  @Test
  @Verifies("LNHW:lem-12")
  void familiesReachTheCapBoundary() {
    for (PerturbationRegime regime : PerturbationRegime.values()) {
      SeededDraws draws = new SeededDraws(5);
      int onBoundary = 0;
      for (int k = 0; k < 60; k++) {
        PerturbationBoundInstance instance = PerturbationBoundFamilies.corrected(regime)
            .draw(draws);
        Verdict verdict = new PerturbationBoundLemmaChecker(regime).check(instance);
        assertThat(verdict.holds()).as(verdict.describe()).isTrue();
        var state = instance.state();
        BigRational cap = BigRational.ONE.subtract(regime.capSlack(instance.tau()));
        for (int l = 0; l < state.groups().groupCount(); l++) {
          if (state.inSupport(l) && state.groups().size(l) > 1
              && state.groupDot(state.v(), state.vStar(), l).equals(cap)) {
            onBoundary++;
          }
        }
      }
      assertThat(onBoundary).as(regime.name()).isPositive();
    }
  }
}
