package org.tacit.grokking.check;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.IncoherenceFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.StatementForm;

/** TDR Theorem G.4 in its corrected (unnormalized) form, and Example G.1 corrected: over families. */
class GaussianIncoherenceTheoremProperties {

  @Test
  @Verifies("TDR:thm-G.4")
  void unnormalizedIncoherenceBoundHoldsStatistically() {
    PropertyHarness.verify("TDR:thm-G.4 corrected",
        new CheckSuite<>(new GaussianIncoherenceTheoremChecker(StatementForm.CORRECTED),
            IncoherenceFamilies.gaussian()).checker(), IncoherenceFamilies.gaussian(), 40);
  }

  @Test
  @Verifies("TDR:ex-G.1")
  void spikeHadamardCoherenceIsOneOverRootN() {
    PropertyHarness.verify("TDR:ex-G.1 corrected",
        new CheckSuite<>(new SpikeHadamardExampleChecker(StatementForm.CORRECTED),
            IncoherenceFamilies.spikeHadamard()).checker(), IncoherenceFamilies.spikeHadamard(),
        20);
  }
}
