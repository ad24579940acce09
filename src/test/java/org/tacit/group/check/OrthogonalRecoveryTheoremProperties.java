package org.tacit.group.check;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.OrthogonalFlowFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW Theorem 2 with explicit constants on Hadamard designs. */
class OrthogonalRecoveryTheoremProperties {

  @Test
  @Verifies("LNHW:thm-2")
  void windowExistsAndBoundsHoldInside() {
    PropertyHarness.verify("LNHW:thm-2 Hadamard",
        new CheckSuite<>(new OrthogonalRecoveryTheoremChecker(),
            OrthogonalFlowFamilies.recovery()));
  }
}
