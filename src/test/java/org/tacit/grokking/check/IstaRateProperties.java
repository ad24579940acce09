package org.tacit.grokking.check;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/** TDR Appendix D.1, ISTA: prox optimality, monotonicity and the squared O(1/T) rate, exact. */
class IstaRateProperties {

  @Test
  @Verifies("TDR:rem-D.1.3")
  @Verifies("TDR:rem-D.1.4")
  void holdsExactlyOnRationalRuns() {
    PropertyHarness.verify("TDR:rem-D.1.4 exact",
        new CheckSuite<>(new IstaRateChecker(), SparseRecoveryFamilies.istaRuns()));
  }
}
