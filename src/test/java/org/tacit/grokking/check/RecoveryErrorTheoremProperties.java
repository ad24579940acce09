package org.tacit.grokking.check;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.NullSpaceFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;

/**
 * TDR Theorem 3.3 = C.39 (corrected, sufficiency) along runs on designs with the NSP relative to
 * supp a* by construction: eq-93 with the eq-94 constants, the steps of eq-95, the C.38 step.
 */
class RecoveryErrorTheoremProperties {

  @Test
  @Verifies("TDR:thm-3.3")
  @Verifies("TDR:thm-C.39")
  @Verifies("TDR:eq-93")
  @Verifies("TDR:eq-94")
  @Verifies("TDR:eq-95")
  void holdsOnNoiselessRuns() {
    PropertyHarness.verify("TDR:thm-3.3 noiseless", new RecoveryErrorTheoremChecker(),
        NullSpaceFamilies.recoveryRuns(false), 30);
  }

  @Test
  @Verifies("TDR:thm-3.3")
  @Verifies("TDR:thm-C.39")
  void holdsOnNoisyRuns() {
    PropertyHarness.verify("TDR:thm-3.3 noisy", new RecoveryErrorTheoremChecker(),
        NullSpaceFamilies.recoveryRuns(true), 30);
  }
}
