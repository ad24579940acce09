package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.benign.family.ConstantChaseFamilies;
import org.tacit.benign.model.RipExponentInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG remark A.2 (corrected: n <= d, d >= e k, c2 >= 28.3) over its family, and hand cases. */
class RipExponentRemarkProperties {

  private final RipExponentRemarkChecker checker = new RipExponentRemarkChecker();

  @Test
  @Verifies("ZG:rem-A.2")
  @Verifies("ZG:prop-A.1")
  void theChainHoldsStepByStepWhenNIsAtMostD() {
    PropertyHarness.verify("ZG:rem-A.2 corrected",
        new CheckSuite<>(checker, ConstantChaseFamilies.ripExponent()));
  }

  /**
   * c2 = 30, k = 1, d = 10^6, n = 5 * 10^5, delta = 1/2 (>= 30 sqrt(log(10^6)/(5 10^5)) = 0.158):
   * by hand, c0(1/4) = 1/64 - 1/384 = 5/384, so E = -(5/384) 5e5 + 1 + log(10^6) + log 24 + log 2
   * = -6510.42 + 1 + 13.816 + 3.178 + 0.693 = -6491.73, below the middle bound
   * -5e5/192 + (4 - log 30) 13.8155 = -2604.167 + 0.59880 * 13.8155 = -2595.894 and below
   * -(900/50) 13.816 =
   * -248.7.
   */
  @Test
  @Verifies("ZG:rem-A.2")
  void handComputedExponent() {
    RipExponentInstance instance = new RipExponentInstance(1, 5e5, 1_000_000, 30, 0.5);
    double expected = -5e5 * 5 / 384 + 1 + Math.log(1e6) + Math.log(24) + Math.log(2);
    assertThat(instance.exponent()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(expected).isCloseTo(-6491.73, org.assertj.core.data.Offset.offset(0.01));
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    Check middle = byLabel(verdict.checks(), "middle step");
    assertThat(middle.lhs()).isCloseTo(-6491.73, org.assertj.core.data.Offset.offset(0.01));
    assertThat(middle.rhs()).isCloseTo(-2595.894, org.assertj.core.data.Offset.offset(0.001));
    assertThat(byLabel(verdict.checks(), "c0(delta/2) - delta^2/48").exact()).isTrue();
  }

  /**
   * k = 2, d = 3: (2/3)^2 = 4/9 > 1/3, so 1 - (k/d)^k >= 1 - 1/d needs d large against k; the
   * corrected form asks d >= e k (k = 2, d = 5 < 2e is refused by that hypothesis).
   */
  @Test
  @Verifies("ZG:prop-A.1")
  void theProbabilitySideNeedsDAtLeastEk() {
    RipExponentInstance smallD = new RipExponentInstance(2, 5, 5, 0.1, 0.5);
    assertThat(checker.check(smallD).hypothesisFailure()).isEqualTo("d >= e k");
    RipExponentInstance close = new RipExponentInstance(2, 1e9, 3, 1, 0.5);
    assertThat(checker.check(close).hypothesisFailure()).isEqualTo("n <= d");
    Verdict printed = new RipExponentRemarkChecker(org.tacit.verify.StatementForm.PRINTED)
        .check(close);
    assertThat(printed.hypothesesMet()).isTrue();
    Check probability = byLabel(printed.checks(), "(k/d)^k <= 1/d");
    assertThat(probability.holds()).isFalse();
    assertThat(probability.lhs()).isEqualTo(4);
    assertThat(probability.rhs()).isEqualTo(3);
  }

  static Check byLabel(List<Check> checks, String prefix) {
    return checks.stream().filter(c -> c.label().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no check " + prefix + " in " + checks));
  }
}
