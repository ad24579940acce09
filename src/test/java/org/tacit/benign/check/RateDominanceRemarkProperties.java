package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.benign.check.RipExponentRemarkProperties.byLabel;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.ConstantChaseFamilies;
import org.tacit.benign.model.RateDominanceInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG remark 3.3 over its family, and the experiments' threshold d = e^9 by hand. */
class RateDominanceRemarkProperties {

  private final RateDominanceRemarkChecker checker = new RateDominanceRemarkChecker();

  @Test
  @Verifies("ZG:rem-3.3")
  void dominanceAndTheRateIdentityHold() {
    PropertyHarness.verify("ZG:rem-3.3",
        new CheckSuite<>(checker, ConstantChaseFamilies.rateDominance()));
  }

  /**
   * n = 3 sqrt(d): e^9 = 8103.08, so d = 90^2 = 8100 (n = 270: 72900 > 8100 log 8100 = 72896.9)
   * does not dominate and d = 91^2 = 8281 (n = 273: 74529 <= 8281 log 8281 = 74709.5) does.
   */
  @Test
  @Verifies("ZG:rem-3.3")
  void theExperimentsSampleSizeDominatesFromDEqualsEToTheNine() {
    Verdict below = checker.check(new RateDominanceInstance(8100, 270, 5, 1.0));
    assertThat(below.holds()).isTrue();
    assertThat(byLabel(below.checks(), "first term dominates").lhs()).isZero();
    assertThat(byLabel(below.checks(), "n = 3 sqrt(d)").rhs()).isZero();
    Verdict above = checker.check(new RateDominanceInstance(8281, 273, 5, 1.0));
    assertThat(above.holds()).isTrue();
    assertThat(byLabel(above.checks(), "first term dominates").lhs()).isEqualTo(1);
    assertThat(byLabel(above.checks(), "bound <= 2 sigma").holds()).isTrue();
    assertThat(checker.check(new RateDominanceInstance(8281, 274, 5, 1.0)).checks())
        .noneMatch(c -> c.label().startsWith("n = 3 sqrt(d)"));
  }
}
