package org.tacit.grokking.check;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.NullSpaceFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** TDR Definitions C.34, C.35, C.37 = 3.2 and Theorems C.36, C.38, exactly on small matrices. */
class NullSpacePropertyProperties {

  @Test
  @Verifies("TDR:def-C.34")
  @Verifies("TDR:def-C.35")
  @Verifies("TDR:def-C.37")
  @Verifies("TDR:def-3.2")
  void definitionsHoldExactly() {
    PropertyHarness.verify("TDR:def-C.37 exact", new CheckSuite<>(new NullSpacePropertyChecker(),
        NullSpaceFamilies.nullSpaceInstances()));
  }

  @Test
  @Verifies("TDR:thm-C.36")
  @Verifies("TDR:thm-C.38")
  void errorBoundEquivalencesHoldExactly() {
    PropertyHarness.verify("TDR:thm-C.36 exact", new CheckSuite<>(
        new NullSpaceErrorBoundTheoremChecker(), NullSpaceFamilies.nullSpaceInstances()));
  }
}
