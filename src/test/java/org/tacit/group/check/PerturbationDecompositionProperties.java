package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.PerturbationDecompositionFamilies;
import org.tacit.group.model.DecompositionInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** LNHW Appendices C.3 and C.4: Algorithm 1's step equals Eqs. (4)-(6) exactly. */
class PerturbationDecompositionProperties {

  @Test
  @Verifies("LNHW:rem-C.3.1")
  @Verifies("LNHW:rem-C.4.1")
  void algorithmOneStepDecomposesExactly() {
    PropertyHarness.verify("LNHW:rem-C.3.1 exact",
        new CheckSuite<>(new PerturbationDecompositionChecker(),
            PerturbationDecompositionFamilies.rationalSteps()));
  }

  /**
   * Every draw has a support and an off-support group, so both the support identities (4)-(6)
   * and the off-support update of Appendix C.4 are evaluated: 3 checks per support coordinate
   * plus one per support group, 3 per off-support group.
   */
  @Test
  @Verifies("LNHW:rem-C.3.1")
  void bothKindsOfGroupAreChecked() {
    SeededDraws draws = new SeededDraws(11);
    PerturbationDecompositionChecker checker = new PerturbationDecompositionChecker();
    for (int k = 0; k < 50; k++) {
      DecompositionInstance instance = PerturbationDecompositionFamilies.rationalSteps()
          .draw(draws);
      Verdict verdict = checker.check(instance);
      assertThat(verdict.holds()).as(verdict.describe()).isTrue();
      var state = instance.state();
      int expected = 0;
      for (int l = 0; l < state.groups().groupCount(); l++) {
        expected += state.inSupport(l) ? 3 * state.groups().size(l) + 1 : 3;
      }
      assertThat(verdict.checks()).hasSize(expected);
      assertThat(verdict.checks()).anyMatch(c -> c.specId().equals("LNHW:rem-C.4.1"));
      assertThat(verdict.checks()).anyMatch(c -> c.specId().equals("LNHW:rem-C.3.1"));
    }
  }
}
