package org.tacit.grokking.check;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.PolarFactorFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** TDR Lemma C.43 corrected (B symmetric): H(A - A*) = H(A), exactly in Cayley bases. */
class SharedSingularBasisLemmaProperties {

  @Test
  @Verifies("TDR:lem-C.43")
  void correctedLemmaHoldsForSymmetricCores() {
    PropertyHarness.verify("TDR:lem-C.43",
        new CheckSuite<>(new SharedSingularBasisLemmaChecker(), PolarFactorFamilies.sharedBasis()));
  }
}
