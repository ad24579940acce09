package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.family.PerturbationBoundFamilies;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.PerturbationBoundInstance;
import org.tacit.group.model.PerturbationRegime;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.StatementForm;
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

  /**
   * The literal reading of Lemma 12's proof: off-support {@code u_l' <= alpha} (so the proof's
   * {@code delta (L - s) alpha^2} applies) with the printed {@code alpha < (1/2) sqrt(tau_0/L) u*}
   * and the printed l-infinity noise hypothesis. On the Lemma 12 family's states (groups of at most
   * 3 coordinates) with alpha and the off-support magnitudes reset to that reading, the printed
   * form's hypotheses hold, and its only false steps are {@code ||v_l||_1 <= ||v_l||_2} and
   * {@code |e_{l,t}| = |<v_l(t), b_{l,t}>|}: the alpha^2 step and both conclusions hold (the
   * l-infinity counterexample needs 65 coordinates).
   */
  @Test
  @Verifies("LNHW:lem-12")
  void literalReadingHoldsForSmallGroupsExceptTheNormStep() {
    SeededDraws draws = new SeededDraws(29);
    PerturbationBoundLemmaChecker printed =
        new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12, StatementForm.PRINTED);
    int normStepFailures = 0;
    for (int k = 0; k < 60; k++) {
      PerturbationBoundInstance valid = PerturbationBoundFamilies
          .corrected(PerturbationRegime.LEMMA_12).draw(draws);
      GroupState state = valid.state();
      int groupCount = state.groups().groupCount();
      BigRational limit = valid.tau0().multiply(state.uStarMinSquared())
          .divide(BigRational.of(4L * groupCount));
      BigRational alpha = BigRational.of((long) Math.floor(Math.sqrt(limit.doubleValue())
          * 1000) - 1, 1000);
      BigRational[] u = state.u().clone();
      for (int l = 0; l < groupCount; l++) {
        if (!state.inSupport(l)) {
          u[l] = alpha.multiply(BigRational.of(draws.between(0, 100), 100));
        }
      }
      Verdict verdict = printed.check(new PerturbationBoundInstance(state.withState(u,
          state.v()), valid.nextV(), valid.tau(), valid.tau0(), alpha, valid.deltaIn(),
          valid.deltaOut()));
      assertThat(verdict.hypothesesMet()).as(verdict.describe()).isTrue();
      assertThat(verdict.failures()).as(verdict.describe()).allSatisfy(check ->
          assertThat(check.label().startsWith("||v_l||_1 <= ||v_l||_2 = 1 (as printed)")
              || check.label().startsWith("|e_{l,t}| = |<v_l(t), b_{l,t}>| (as printed)"))
              .as(check.label()).isTrue());
      normStepFailures += (int) verdict.failures().stream()
          .filter(check -> check.label().startsWith("||v_l||_1")).count();
    }
    assertThat(normStepFailures).isPositive();
  }
}
