package org.tacit.group.check;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.OrthogonalFlowFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW Lemma 4 on Hadamard designs: exact Euler steps and the integrated flow. */
class FrozenDirectionLemmaProperties {

  @Test
  @Verifies("LNHW:lem-4")
  void directionStaysAlongXTransposeYOverN() {
    PropertyHarness.verify("LNHW:lem-4 Hadamard",
        new CheckSuite<>(new FrozenDirectionLemmaChecker(),
            OrthogonalFlowFamilies.frozenDirection()));
  }
}
