package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.benign.check.RipExponentRemarkProperties.byLabel;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.ConstantChaseFamilies;
import org.tacit.benign.model.SampleRangeInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/**
 * ZG remark A.1 over its family, and the unit-constant thresholds: for s = 3 the admissible range
 * is empty at d = 1e26 and non-empty at d = 1e28 (the inventory's "first around 1e27").
 */
class SampleRangeRemarkProperties {

  private final SampleRangeRemarkChecker checker = new SampleRangeRemarkChecker();

  @Test
  @Verifies("ZG:rem-A.1")
  void theAdmissibleRangeIsAnIntervalBetweenSFourAndDOverSFour() {
    PropertyHarness.verify("ZG:rem-A.1",
        new CheckSuite<>(checker, ConstantChaseFamilies.sampleRange()));
  }

  /**
   * s = 3, unit constants: the range is non-empty iff c^2 b >= 4a. By hand at d = 1e26:
   * log d = 59.867, c^2 b = sqrt(1e26) log d / (27 log^6 d) = 1e13 / (27 * 59.867^5) = 481.6 <
   * 4a = 16 log(2.5e25) = 934.4: empty. At d = 1e28: log d = 64.472, c^2 b = 1e14 / (27 *
   * 64.472^5) = 3325 >= 4a = 16 log(2.5e27) = 1009.4: non-empty, with the brackets a/c^2 = 4 *
   * 63.08 * 27 * 64.472^6 = 4.89e14 <= n_- <= 1.96e15 and c^2 b^2/(4a) = 2.12e16 <= n_+ <=
   * c^2 b^2/a = 3325 * 6.447e15 / 252.3 = 8.50e16.
   */
  @Test
  @Verifies("ZG:rem-A.1")
  void withUnitConstantsTheRangeOpensBetweenTenToTheTwentySixAndTwentyEight() {
    SampleRangeInstance small = new SampleRangeInstance(1e26, 3, 1, 1);
    assertThat(SampleRangeRemarkChecker.admissibleRange(small)).isEmpty();
    Verdict empty = checker.check(small);
    assertThat(empty.holds()).isTrue();
    assertThat(byLabel(empty.checks(), "empty: c^2 b < 4a").lhs())
        .isCloseTo(481.6, org.assertj.core.data.Offset.offset(0.5));
    SampleRangeInstance large = new SampleRangeInstance(1e28, 3, 1, 1);
    double[] range = SampleRangeRemarkChecker.admissibleRange(large);
    assertThat(range).hasSize(2);
    assertThat(range[0]).isBetween(4.8e14, 1.97e15);
    assertThat(range[1]).isBetween(2.1e16, 8.6e16);
    Verdict verdict = checker.check(large);
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    for (int s = 1; s <= 6; s++) {
      assertThat(SampleRangeRemarkChecker.admissibleRange(new SampleRangeInstance(1e20, s, 1, 1)))
          .as("s = %d", s).isEmpty();
    }
  }
}
