package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacit.benign.check.RipExponentRemarkProperties.byLabel;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tacit.benign.model.RipExponentInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum ZG remark A.2 (proof of Proposition A.1): with no bound on n, the middle step
 * {@code E <= -n delta^2/48 + (4 + log(1/c2)) k log(d/k)} and the conclusion fail at the smallest
 * admissible delta once n is huge, since {@code log(12/delta)} grows like {@code (1/2) log n}.
 * The printed chain holds once {@code n <= d} (and {@code d >= e k}); the inventory's suspected
 * inconsistency of the constants is refuted: the slack of {@code c0(delta/2)} over
 * {@code delta^2/48} covers the positive terms.
 */
class RipExponentRemarkErratumTest {

  /**
   * c2 = 30, k = 1, d = 3, n = 1e36, delta = 30 sqrt(log(3)/1e36) = 3.144e-17: E = -18.52 while
   * the middle bound is -(4 - log 30) ... = -19.94 and the conclusion's -(900/50) log 3 = -19.78.
   * By hand: c0(delta/2) n = (delta^2/16) n (1 - delta/3) = (900 log 3/16)(1 - 1e-17) = 61.79;
   * P = 1 + log 3 + log(12/delta) + log 2 = 1 + 1.0986 + 40.40 + 0.693 = 43.19 (log(12/delta)
   * = log 12 - log 30 + (1/2) log(1e36/log 3) = 2.4849 - 3.4012 + 41.4005 = 40.484); E = -18.52.
   */
  @Test
  @Verifies("ZG:rem-A.2")
  void hugeNBreaksTheMiddleStepAndTheConclusion() {
    double n = 1e36;
    RipExponentInstance probe = new RipExponentInstance(1, n, 3, 30, 0.5);
    RipExponentInstance instance = new RipExponentInstance(1, n, 3, 30, probe.smallestDelta());
    assertThat(instance.delta()).isCloseTo(3.1444e-17, Offset.offset(1e-20));
    Verdict printed = new RipExponentRemarkChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    Check middle = byLabel(printed.checks(), "middle step");
    assertThat(middle.holds()).isFalse();
    assertThat(middle.lhs()).isCloseTo(-18.52, Offset.offset(0.01));
    assertThat(middle.rhs()).isCloseTo(-19.94, Offset.offset(0.01));
    assertThat(byLabel(printed.checks(), "conclusion").holds()).isFalse();
    assertThat(byLabel(printed.checks(), "last step").holds()).isTrue();
    assertThat(byLabel(printed.checks(), "-n delta^2/48").holds()).isTrue();

    assertThat(new RipExponentRemarkChecker().check(instance).hypothesisFailure())
        .isEqualTo("n <= d");
  }

  /**
   * "c2 large enough" means c2^2/1200 + log c2 > 4 (c2 >= 28.3): at c2 = 28 the last step fails
   * (784/1200 + log 28 = 3.9856 < 4) on every instance, here at k = 1, d = 10^6, n = 5e5.
   */
  @Test
  @Verifies("ZG:rem-A.2")
  void theLastStepNeedsC2AboveTwentyEight() {
    RipExponentInstance instance = new RipExponentInstance(1, 5e5, 1_000_000, 28, 0.5);
    Verdict printed = new RipExponentRemarkChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(byLabel(printed.checks(), "last step").holds()).isFalse();
    assertThat(byLabel(printed.checks(), "middle step").holds()).isTrue();
    assertThat(new RipExponentRemarkChecker().check(instance).hypothesisFailure())
        .isEqualTo("c2^2/1200 + log c2 > 4");
  }

  /**
   * The sub-step P <= (4 - log c2) k L that the printed bound seems to use is false for every
   * instance once c2 >= e^3 (P > k + k L >= k L >= (4 - log c2) k L), but the printed middle step
   * still holds: at c2 = 100, k = 1, d = 10^6, n = 5e5, delta = 0.6: P = 18.5 > 13.8 (4 - log 100)
   * = -8.4, yet E = -8981 <= -3758.
   */
  @Test
  @Verifies("ZG:rem-A.2")
  void theCoefficientOfLogOneOverC2IsCoveredByTheSlack() {
    RipExponentInstance instance = new RipExponentInstance(1, 5e5, 1_000_000, 100, 0.6);
    double logRatio = Math.log(1e6);
    double positive = 1 + logRatio + Math.log(12 / 0.6) + Math.log(2);
    assertThat(positive).isGreaterThan((4 - Math.log(100)) * logRatio);
    Verdict corrected = new RipExponentRemarkChecker().check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
    assertThat(byLabel(corrected.checks(), "middle step").lhs())
        .isCloseTo(-8981, Offset.offset(1.0));
  }
}
