package org.tacit.group;

import java.util.ArrayList;
import java.util.List;
import org.tacit.exact.BigRational;
import org.tacit.group.check.OffSupportPerturbationChecker;
import org.tacit.group.check.PerturbationBoundLemmaChecker;
import org.tacit.group.check.PerturbationDecompositionChecker;
import org.tacit.group.family.OffSupportPerturbationFamilies;
import org.tacit.group.family.PerturbationBoundFamilies;
import org.tacit.group.family.PerturbationDecompositionFamilies;
import org.tacit.group.model.DecompositionInstance;
import org.tacit.group.model.GroupState;
import org.tacit.group.model.OffSupportBoundInstance;
import org.tacit.group.model.PerturbationBoundInstance;
import org.tacit.group.model.PerturbationRegime;
import org.tacit.verify.CatalogueEntry;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Draws;
import org.tacit.verify.HypothesisViolation;

/**
 * The registered LNHW checkers of Appendices C.3, C.4 and D.3: the exact decomposition of
 * Algorithm 1's step into the perturbed dynamics, the perturbation bounds of Lemmas 12, 13 and
 * 17 (with Eqs. (7) and (10)), and the off-support bound Eq. (8).
 */
final class PerturbationEntries {

  private PerturbationEntries() {}

  /**
   * The entries, in the order {@code tacit check --all} runs them (one statement per entry, so
   * that the type inference of each stays small).
   */
  static List<CatalogueEntry<?>> entries() {
    List<CatalogueEntry<?>> entries = new ArrayList<>();
    entries.add(CatalogueEntry.of("LNHW:rem-C.3.1",
        new CheckSuite<>(new PerturbationDecompositionChecker(),
            PerturbationDecompositionFamilies.rationalSteps()), null,
        new HypothesisViolation<>("gamma > 0", draws -> new DecompositionInstance(
            PerturbationDecompositionFamilies.rationalSteps().draw(draws).state(),
            BigRational.ZERO))));
    entries.add(CatalogueEntry.of("LNHW:lem-12",
        new CheckSuite<>(new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_12),
            PerturbationBoundFamilies.corrected(PerturbationRegime.LEMMA_12)), null,
        new HypothesisViolation<>("||X_l^T xi/n||_2 <= tau_0 (u_l*)^2/80 for l in S"
            + " (corrected: l2 per group)", PerturbationEntries::loudNoise)));
    entries.add(CatalogueEntry.of("LNHW:lem-13",
        new CheckSuite<>(new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_13),
            PerturbationBoundFamilies.corrected(PerturbationRegime.LEMMA_13)), null,
        new HypothesisViolation<>("|(u_l*)^2 - u_l^2(t)| <= (1/2) tau (u_l*)^2 for l in S"
            + " (at time t)", PerturbationEntries::vanishedMagnitude)));
    entries.add(CatalogueEntry.of("LNHW:lem-17",
        new CheckSuite<>(new PerturbationBoundLemmaChecker(PerturbationRegime.LEMMA_17),
            PerturbationBoundFamilies.corrected(PerturbationRegime.LEMMA_17)), null,
        new HypothesisViolation<>("off-support u_l'(t)^2 <= alpha (Lemma 14: u_l' <="
            + " sqrt(alpha))", PerturbationEntries::grownOffSupport)));
    entries.add(CatalogueEntry.of("LNHW:eq-8",
        new CheckSuite<>(new OffSupportPerturbationChecker(),
            OffSupportPerturbationFamilies.corrected()), null,
        new HypothesisViolation<>("0 < alpha <= (u*_min)^2/(80 L)", draws -> {
          OffSupportBoundInstance valid = OffSupportPerturbationFamilies.corrected()
              .draw(draws);
          return new OffSupportBoundInstance(valid.state(), BigRational.ONE,
              valid.deltaIn(), valid.deltaOut());
        })));
    return entries;
  }

  /** A Lemma 12 state whose first support group's noise has norm far above the bound. */
  private static PerturbationBoundInstance loudNoise(Draws draws) {
    PerturbationBoundInstance valid = PerturbationBoundFamilies
        .corrected(PerturbationRegime.LEMMA_12).draw(draws);
    GroupState state = valid.state();
    BigRational[] noise = state.noise().clone();
    noise[state.groups().member(firstSupport(state), 0)] = BigRational.ONE;
    return withState(valid, new GroupState(state.groups(), state.sigma(), state.uStarSquared(),
        state.vStar(), noise, state.u(), state.v()));
  }

  /** A Lemma 13 state whose first support group has magnitude zero. */
  private static PerturbationBoundInstance vanishedMagnitude(Draws draws) {
    PerturbationBoundInstance valid = PerturbationBoundFamilies
        .corrected(PerturbationRegime.LEMMA_13).draw(draws);
    GroupState state = valid.state();
    BigRational[] u = state.u().clone();
    u[firstSupport(state)] = BigRational.ZERO;
    return withState(valid, state.withState(u, state.v()));
  }

  /** A Lemma 17 state whose off-support groups have magnitude 1 (the families' alpha < 1). */
  private static PerturbationBoundInstance grownOffSupport(Draws draws) {
    PerturbationBoundInstance valid = PerturbationBoundFamilies
        .corrected(PerturbationRegime.LEMMA_17).draw(draws);
    GroupState state = valid.state();
    BigRational[] u = state.u().clone();
    for (int l = 0; l < u.length; l++) {
      if (!state.inSupport(l)) {
        u[l] = BigRational.ONE;
      }
    }
    return withState(valid, state.withState(u, state.v()));
  }

  private static int firstSupport(GroupState state) {
    int l = 0;
    while (!state.inSupport(l)) {
      l++;
    }
    return l;
  }

  private static PerturbationBoundInstance withState(PerturbationBoundInstance valid,
      GroupState state) {
    return new PerturbationBoundInstance(state, valid.nextV(), valid.tau(), valid.tau0(),
        valid.alpha(), valid.deltaIn(), valid.deltaOut());
  }
}
