package org.tacit.grokking.check;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.PolarFactorFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** TDR Lemma C.45 corrected (full-rank A) and its Wedin step C.44, in double precision. */
class PolarPerturbationLemmaProperties {

  @Test
  @Verifies("TDR:lem-C.45")
  @Verifies("TDR:lem-C.44")
  void correctedBoundHoldsForFullRankMatrices() {
    PropertyHarness.verify("TDR:lem-C.45", new CheckSuite<>(new PolarPerturbationLemmaChecker(),
        PolarFactorFamilies.polarPerturbation()));
  }
}
