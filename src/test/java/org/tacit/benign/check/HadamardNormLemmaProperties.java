package org.tacit.benign.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.benign.family.HadamardNormFamilies;
import org.tacit.benign.model.HadamardNormInstance;
import org.tacit.exact.BigRational;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** ZG Lemma B.10: the exact checker over its family, hand cases and the equality cases. */
class HadamardNormLemmaProperties {

  private final HadamardNormLemmaChecker checker = new HadamardNormLemmaChecker();

  @Test
  @Verifies("ZG:lem-B.10")
  void holdsExactlyOnRationalVectors() {
    PropertyHarness.verify("ZG:lem-B.10 exact",
        new CheckSuite<>(checker, HadamardNormFamilies.rational()));
  }

  private static BigRational[] vector(long... values) {
    BigRational[] v = new BigRational[values.length];
    for (int i = 0; i < values.length; i++) {
      v[i] = BigRational.of(values[i]);
    }
    return v;
  }

  /**
   * alpha = (1, 2), beta = (3, -1), k = 3: ||alpha o beta||^2 = 9 + 4 = 13 <= 5 * 9 = 45, and
   * sum alpha_i^6 = 1 + 64 = 65 <= 5^3 = 125; middle of the chain 2^4 * 5 = 80.
   */
  @Test
  @Verifies("ZG:lem-B.10")
  void handWorkedValues() {
    Verdict verdict = checker.check(new HadamardNormInstance(vector(1, 2), vector(3, -1), 3));
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isEqualTo(13);
    assertThat(verdict.checks().get(0).rhs()).isEqualTo(45);
    assertThat(verdict.checks().get(1).lhs()).isEqualTo(65);
    assertThat(verdict.checks().get(1).rhs()).isEqualTo(125);
    assertThat(verdict.checks().get(3).rhs()).isEqualTo(80);
  }

  /** beta of constant modulus gives equality in the first bound; 1-sparse alpha in the second. */
  @Test
  @Verifies("ZG:lem-B.10")
  void equalityCases() {
    Verdict constantModulus = checker.check(
        new HadamardNormInstance(vector(3, -7, 0, 2), vector(5, -5, 5, -5), 2));
    assertThat(constantModulus.checks().get(0).margin()).isZero();
    assertThat(constantModulus.checks().get(1).margin()).isPositive();
    Verdict oneSparse = checker.check(
        new HadamardNormInstance(vector(0, -4, 0), vector(1, 2, 3), 5));
    assertThat(oneSparse.checks().get(1).margin()).isZero();
    assertThat(oneSparse.checks().get(0).margin()).isPositive();
  }

  @Test
  void rejectsInstancesOutsideTheHypotheses() {
    assertThat(checker.check(new HadamardNormInstance(vector(1, 2), vector(1), 2))
        .hypothesisFailure()).isEqualTo("alpha, beta in R^d");
    assertThat(checker.check(new HadamardNormInstance(vector(1, 2), vector(1, 1), 0))
        .hypothesisFailure()).isEqualTo("k >= 1");
  }
}
