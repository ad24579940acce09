package org.tacit.benign.check;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.LearnerFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** ZG residual recursion of Lemma B.1's proof (corrected first line), exactly. */
class ResidualRecursionRemarkProperties {

  @Test
  @Verifies("ZG:rem-B.3")
  void residualRecursionHoldsFromArbitraryStates() {
    PropertyHarness.verify("ZG:rem-B.3 arbitrary state",
        new CheckSuite<>(new ResidualRecursionRemarkChecker(), LearnerFamilies.arbitraryState()));
  }

  @Test
  @Verifies("ZG:rem-B.3")
  void residualRecursionHoldsAlongPaperInitializedRuns() {
    PropertyHarness.verify("ZG:rem-B.3 paper initialization",
        new CheckSuite<>(new ResidualRecursionRemarkChecker(),
            LearnerFamilies.paperInitialization()));
  }
}
