package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.grokking.family.SignDynamicsFamilies;
import org.tacit.grokking.model.ScalarPair;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** TDR Lemma C.32: sign(a - a*) = sign(a) when |a| > |a*|, exactly. */
class SignOfDifferenceLemmaProperties {

  private final SignOfDifferenceLemmaChecker checker = new SignOfDifferenceLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.32")
  void holdsOnRandomRationals() {
    PropertyHarness.verify("TDR:lem-C.32",
        new CheckSuite<>(checker, SignDynamicsFamilies.dominatedTarget()));
  }

  /**
   * The strict hypothesis is needed: a = a* = 1 gives sign(0) = 0 != 1, and the checker refuses
   * the instance at "|a| > |a*|"; a = -3/2, a* = 1 gives sign(-5/2) = -1 = sign(a).
   */
  @Test
  @Verifies("TDR:lem-C.32")
  void boundaryIsExcludedByTheStrictHypothesis() {
    Verdict boundary = checker.check(new ScalarPair(BigRational.ONE, BigRational.ONE));
    assertThat(boundary.hypothesisFailure()).startsWith("|a| > |a*|");
    Verdict inside = checker.check(new ScalarPair(BigRational.of(-3, 2), BigRational.ONE));
    assertThat(inside.holds()).isTrue();
    assertThat(inside.checks().get(3).lhs()).isEqualTo(-1.0);
  }
}
