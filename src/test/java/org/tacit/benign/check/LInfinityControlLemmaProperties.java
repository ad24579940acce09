package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.RipFamilies;
import org.tacit.benign.model.LInfinityControlInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG Lemma 5.1 over certified RIP constants, and a hand-worked case. */
class LInfinityControlLemmaProperties {

  private final LInfinityControlLemmaChecker checker = new LInfinityControlLemmaChecker();

  @Test
  @Verifies("ZG:lem-5.1")
  void holdsWithCertifiedRipConstants() {
    PropertyHarness.verify("ZG:lem-5.1 exact",
        new CheckSuite<>(checker, RipFamilies.lInfinityControl()));
  }

  private static BigRational[] of(long... values) {
    BigRational[] v = new BigRational[values.length];
    for (int i = 0; i < values.length; i++) {
      v[i] = BigRational.of(values[i]);
    }
    return v;
  }

  /**
   * X = [[1, 1], [0, 1]], n = 2, k = 1: delta_2 = (1 + sqrt 5)/4 = 0.809; with delta = 9/10 and
   * beta = e_1, Delta = (A - I) e_1 = (-1/2, 1/2), ||Delta||_inf = 1/2 <= 9/10 (both parts); with
   * delta = 4/5 < delta_2 the hypothesis fails.
   */
  @Test
  @Verifies("ZG:lem-5.1")
  void handWorkedCase() {
    BigRational[] x = of(1, 1, 0, 1);
    Verdict verdict = checker.check(
        new LInfinityControlInstance(x, 2, 2, 1, BigRational.of(9, 10), of(1, 0)));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(0.25);
    assertThat(verdict.checks().get(0).rhs()).isEqualTo(0.81);
    assertThat(verdict.checks().get(2).lhs()).isEqualTo(0.5);
    assertThat(checker.check(
        new LInfinityControlInstance(x, 2, 2, 1, BigRational.of(4, 5), of(1, 0)))
        .hypothesisFailure()).isEqualTo("X/sqrt(n) is (k+1, delta)-RIP");
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    BigRational[] x = of(1, 1, 0, 1);
    assertThat(checker.check(new LInfinityControlInstance(x, 2, 2, 2, BigRational.ONE, of(1, 0)))
        .hypothesisFailure()).isEqualTo("1 <= k, k + 1 <= d");
    assertThat(checker.check(new LInfinityControlInstance(x, 2, 2, 1, BigRational.ONE, of(1)))
        .hypothesisFailure()).isEqualTo("X is n x d, beta in R^d");
  }
}
