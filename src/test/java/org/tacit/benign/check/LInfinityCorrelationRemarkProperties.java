package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.RipFamilies;
import org.tacit.benign.model.LInfinityCorrelationInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** The Cauchy-Schwarz step of ZG Lemma A.2 (rem-A.3), exactly. */
class LInfinityCorrelationRemarkProperties {

  private final LInfinityCorrelationRemarkChecker checker = new LInfinityCorrelationRemarkChecker();

  @Test
  @Verifies("ZG:rem-A.3")
  void holdsExactly() {
    PropertyHarness.verify("ZG:rem-A.3 exact",
        new CheckSuite<>(checker, RipFamilies.correlation()));
  }

  private static BigRational[] of(long... values) {
    BigRational[] v = new BigRational[values.length];
    for (int i = 0; i < values.length; i++) {
      v[i] = BigRational.of(values[i]);
    }
    return v;
  }

  /**
   * X = [[1, 2], [2, 0]] (n = d = 2), beta = (1, 2) = column 1: X^T beta = (5, 2), so
   * ||X^T beta/2||_inf = 5/2; ||beta||^2 = 5, max_i ||X[:, i]||^2 = max(5, 4) = 5, so the bound is
   * 5 * 5 / 4 = 25/4 = (5/2)^2: equality in the statement and in Cauchy-Schwarz for column 1.
   */
  @Test
  @Verifies("ZG:rem-A.3")
  void equalityWhenBetaIsTheLongestColumn() {
    Verdict verdict = checker.check(new LInfinityCorrelationInstance(of(1, 2, 2, 0), 2, 2,
        of(1, 2)));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(2.5);
    assertThat(verdict.checks().get(1).margin()).isZero();
    assertThat(verdict.checks().get(2).lhs()).isEqualTo(6.25);
    assertThat(verdict.checks().get(2).margin()).isZero();
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    assertThat(checker.check(new LInfinityCorrelationInstance(of(1, 2, 2, 0), 2, 2, of(1, 2, 3)))
        .hypothesisFailure()).isEqualTo("X is n x d, beta in R^n");
  }
}
