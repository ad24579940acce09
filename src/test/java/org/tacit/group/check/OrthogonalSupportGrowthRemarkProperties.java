package org.tacit.group.check;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.OrthogonalFlowFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW rem-B.2 (support groups in the proof of Theorem 2) on Hadamard designs. */
class OrthogonalSupportGrowthRemarkProperties {

  @Test
  @Verifies("LNHW:rem-B.2")
  void growthIdentityAndBoundsHold() {
    PropertyHarness.verify("LNHW:rem-B.2 Hadamard",
        new CheckSuite<>(new OrthogonalSupportGrowthRemarkChecker(),
            OrthogonalFlowFamilies.recovery()));
  }
}
