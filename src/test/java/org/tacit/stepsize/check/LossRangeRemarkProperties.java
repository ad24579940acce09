package org.tacit.stepsize.check;

import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;
import org.tacit.stepsize.family.AppendixDFamilies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;

/**
 * The loss-range chain rem-D.6 of the proof of NRSS Lemma D.6 ({@link LossRangeRemarkChecker}),
 * exactly, on constructed instances. Examples per property: {@code -Dtacit.tries}.
 */
class LossRangeRemarkProperties {

  @Test
  @Verifies("NRSS:rem-D.6")
  void lossRangeChainHoldsExactly() {
    PropertyHarness.verify("NRSS:rem-D.6 loss range",
        new CheckSuite<>(new LossRangeRemarkChecker(), AppendixDFamilies.lossRange()));
  }
}
