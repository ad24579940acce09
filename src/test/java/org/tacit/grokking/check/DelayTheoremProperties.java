package org.tacit.grokking.check;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.SubgradientRunFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;

/** TDR Theorem C.13, proved direction, on recorded subgradient-descent runs. */
class DelayTheoremProperties {

  @Test
  @Verifies("TDR:thm-C.13")
  @Verifies("TDR:eq-21")
  @Verifies("TDR:eq-11")
  void sufficiencyHoldsAlongRecordedRuns() {
    PropertyHarness.verify("TDR:thm-C.13 sufficiency", new DelayTheoremChecker(),
        SubgradientRunFamilies.noiseless(), 8);
  }
}
