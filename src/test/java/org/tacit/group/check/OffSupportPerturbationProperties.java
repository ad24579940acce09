package org.tacit.group.check;

import org.junit.jupiter.api.Test;
import org.tacit.group.family.OffSupportPerturbationFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** LNHW Eq. (8) and the term-wise bound of Appendix C.4 (corrected), exactly. */
class OffSupportPerturbationProperties {

  @Test
  @Verifies("LNHW:eq-8")
  @Verifies("LNHW:rem-C.4.1")
  void offSupportPerturbationIsBounded() {
    PropertyHarness.verify("LNHW:eq-8 corrected",
        new CheckSuite<>(new OffSupportPerturbationChecker(),
            OffSupportPerturbationFamilies.corrected()));
  }
}
