package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.SparseRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.SeededDraws;
import org.tacit.verify.Verdict;

/** TDR Theorem 3.1 / C.29 (corrected, sufficiency) along subgradient runs. */
class SparseRecoveryTheoremProperties {

  private final SparseRecoveryTheoremChecker checker = new SparseRecoveryTheoremChecker();

  @Test
  @Verifies("TDR:thm-3.1")
  @Verifies("TDR:eq-76")
  @Verifies("TDR:eq-77")
  @Verifies("TDR:eq-79")
  @Verifies("TDR:eq-80")
  @Verifies("TDR:eq-81")
  @Verifies("TDR:eq-82")
  @Verifies("TDR:eq-83")
  @Verifies("TDR:eq-85")
  @Verifies("TDR:eq-86")
  @Verifies("TDR:eq-87")
  @Verifies("TDR:eq-88")
  void holdsAlongNoiselessRuns() {
    PropertyHarness.verify("TDR:thm-3.1 noiseless",
        new CheckSuite<>(checker, SparseRecoveryFamilies.subgradientRuns(false)));
  }

  @Test
  @Verifies("TDR:thm-C.29")
  @Verifies("TDR:eq-92")
  void holdsAlongNoisyRuns() {
    PropertyHarness.verify("TDR:thm-C.29 noisy",
        new CheckSuite<>(checker, SparseRecoveryFamilies.subgradientRuns(true)));
  }

  /** The post-t1 and delay checks are not vacuous: most drawn runs pass t1 well before the end. */
  @Test
  void theDelayChecksAreReachedOnMostRuns() {
    int reached = 0;
    for (long seed = 1; seed <= 20; seed++) {
      SparseRunInstance instance = SparseRecoveryFamilies.subgradientRuns(false)
          .draw(new SeededDraws(seed));
      Verdict verdict = checker.check(instance);
      assertThat(verdict.holds()).as(verdict.toString()).isTrue();
      if (verdict.checks().stream().anyMatch(check -> check.specId().equals("TDR:eq-86"))) {
        reached++;
      }
    }
    assertThat(reached).isGreaterThanOrEqualTo(15);
  }
}
