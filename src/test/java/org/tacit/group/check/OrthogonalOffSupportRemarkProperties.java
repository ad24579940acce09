package org.tacit.group.check;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.OrthogonalFlowFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW rem-B.3 (off-support groups in the proof of Theorem 2), corrected form, on Hadamard designs. */
class OrthogonalOffSupportRemarkProperties {

  @Test
  @Verifies("LNHW:rem-B.3")
  void correctedGrowthBoundAndTimesHold() {
    PropertyHarness.verify("LNHW:rem-B.3 Hadamard",
        new CheckSuite<>(new OrthogonalOffSupportRemarkChecker(),
            OrthogonalFlowFamilies.recovery()));
  }
}
