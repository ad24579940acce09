package org.tacit.group.check;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.GradientFlowFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW eq. (3) on general rational designs: exact field = -grad L_n, integrator invariants. */
class GradientFlowEquationProperties {

  @Test
  @Verifies("LNHW:eq-3")
  void flowIsMinusTheGradientOfLnAndTheIntegratorConservesTheBalance() {
    PropertyHarness.verify("LNHW:eq-3 general designs",
        new CheckSuite<>(new GradientFlowEquationChecker(),
            GradientFlowFamilies.generalDesigns()));
  }
}
